// The little protobuf an anki21b package needs, by hand: its `meta` (PackageMetadata) and `media`
// (MediaEntries) files, and the config blobs of note types and templates in a schema-18 collection.
// Only varints and length-delimited fields occur there; other wire types are skipped.

export type ProtoField = { field: number; varint: number } | { field: number; bytes: Uint8Array };

export class ProtoError extends Error {}

function readVarint(buf: Uint8Array, at: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (at >= buf.length) throw new ProtoError('varint cut short');
    const b = buf[at++]!;
    value += (b & 0x7f) * scale;
    if (b < 0x80) return [value, at];
    scale *= 128;
  }
  throw new ProtoError('varint too long');
}

/** Every field of one message, in order. */
export function decodeMessage(buf: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = [];
  let at = 0;
  while (at < buf.length) {
    const [key, next] = readVarint(buf, at);
    at = next;
    const field = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) {
      const [varint, after] = readVarint(buf, at);
      fields.push({ field, varint });
      at = after;
    } else if (wire === 2) {
      const [length, start] = readVarint(buf, at);
      if (start + length > buf.length) throw new ProtoError('field longer than its message');
      fields.push({ field, bytes: buf.subarray(start, start + length) });
      at = start + length;
    } else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else throw new ProtoError(`wire type ${wire} not supported`);
    if (at > buf.length) throw new ProtoError('message cut short');
  }
  return fields;
}

const utf8 = new TextDecoder();

export function varintOf(fields: readonly ProtoField[], field: number): number | undefined {
  const f = fields.find((x) => x.field === field && 'varint' in x);
  return f && 'varint' in f ? f.varint : undefined;
}

export function stringOf(fields: readonly ProtoField[], field: number): string | undefined {
  const f = fields.find((x) => x.field === field && 'bytes' in x);
  return f && 'bytes' in f ? utf8.decode(f.bytes) : undefined;
}

export function messagesOf(fields: readonly ProtoField[], field: number): ProtoField[][] {
  return fields
    .filter((f): f is { field: number; bytes: Uint8Array } => f.field === field && 'bytes' in f)
    .map((f) => decodeMessage(f.bytes));
}

function varintBytes(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 128) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

/** Encodes fields of varints, strings and nested messages (for writing anki21b in tests and the bench). */
export function encodeMessage(
  fields: readonly ({ field: number; varint: number } | { field: number; bytes: Uint8Array | string })[],
): Uint8Array {
  const out: number[] = [];
  const enc = new TextEncoder();
  for (const f of fields) {
    if ('varint' in f) {
      out.push(...varintBytes(f.field * 8), ...varintBytes(f.varint));
    } else {
      const bytes = typeof f.bytes === 'string' ? enc.encode(f.bytes) : f.bytes;
      out.push(...varintBytes(f.field * 8 + 2), ...varintBytes(bytes.length));
      for (const b of bytes) out.push(b);
    }
  }
  return Uint8Array.from(out);
}
