// Small deck sources for the compiler tests.
export const FRONT = `---
id: sample
title: Sample deck
summary: A deck for tests.
sources:
  - containerd/containerd/docs/RUNC.md
---
`;

export const BASIC = `
## sample-basic
kind: basic
source: containerd/containerd/docs/RUNC.md
versions: 2.x

### Prompt
Which program creates the container's processes?

### Answer
The OCI runtime, **runc** by default.
`;

export const CHOICE = `
## sample-choice
kind: choice
source: containerd/containerd/docs/runtime-v2.md

### Prompt
Which shim binary serves the runtime \`io.containerd.runc.v2\`?

### Answer
The name maps to a binary by the runtime v2 rule.

### Choices
- [x] containerd-shim-runc-v2
- [ ] containerd-shim
- [ ] containerd-shim-runc-v1
- [ ] runc
`;

export const CLOZE = `
## sample-cloze
kind: cloze
source: https://github.com/containerd/containerd/blob/main/docs/ops.md

### Prompt
containerd's root directory defaults to {{/var/lib/containerd}}.
`;

export const TYPED = `
## sample-typed
kind: typed
source: containerd/containerd/docs/PLUGINS.md

### Prompt
Which command lists containerd's plugins?

### Answer
\`ctr plugins ls\`

### Accept
- ctr plugin ls
- \`ctr plugins list\`
`;

export function deck(...cards: string[]): string {
  return FRONT + cards.join('');
}

export const TRUEFALSE = `
## sample-truefalse
kind: truefalse
source: containerd/containerd/docs/RUNC.md
truth: false

### Prompt
containerd creates containers' processes itself, without an OCI runtime.

### Answer
False: the shim runs **runc**, which creates them.
`;

export const ORDER = `
## sample-order
kind: order
source: containerd/containerd/docs/content-flow.md

### Prompt
Put the steps of a pull in order.

### Steps
1. Resolve the reference to a descriptor
2. Fetch the manifest and the config
3. Fetch the layers into the content store
4. Unpack the layers into a snapshot

### Answer
The content flow document's order.
`;
