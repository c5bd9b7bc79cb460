// A small diagram source and diagram cards for the compiler tests.
import { compileDiagrams } from '@/lib/decks/diagrams/compile-diagrams';

export const DIAGRAM = `id: tiny
title: A tiny stack
description: containerd starts a shim, and the shim runs runc.
sources:
  - containerd/containerd/docs/runtime-v2.md
size: [300, 240]
regions:
  - id: host
    name: the host
    box: [4, 4, 292, 232]
    style: group
  - id: containerd
    name: containerd
    box: [80, 30, 140, 40]
    tone: 2
  - id: shim
    name: containerd-shim-runc-v2
    box: [40, 110, 220, 40]
  - id: runc
    name: runc
    box: [80, 180, 140, 40]
  - id: starts
    name: containerd starting the shim
    arrow: [containerd, shim]
    label: ttRPC
  - id: invokes
    name: the shim invoking runc
    arrow: [shim, runc]
`;

export const tinyDiagrams = () => compileDiagrams([{ path: 'decks/diagrams/tiny.yaml', text: DIAGRAM }]).diagrams;

export const diagramCard = (id: string, fields: string, prompt = 'Which part reaps the container processes?') => `
## ${id}
kind: diagram
source: containerd/containerd/docs/historical/design/lifecycle.md
${fields}

### Prompt
${prompt}

### Answer
The shim is the direct parent of the container's processes and reaps them.
`;
