/**
 * Unpacks a q4 graph's weights so the WASM backend decodes fast. onnxruntime-web's CPU kernel for `MatMulNBits` has
 * no WebAssembly path of its own: every run it dequantizes the whole weight matrix to fp32 and then multiplies, so a
 * one-token step of a 4-bit model costs about ten times the same step in fp32. This module dequantizes each
 * symmetric 4-bit `MatMulNBits` node's constant weights once, here in JS, exactly as the kernel does (`(q - 8) *
 * scale`, block by block), and replaces the node by a `FusedMatMul` over the fp32 matrix, handed to onnxruntime as
 * external data. The download stays 4-bit and the multiply is the one the kernel ran anyway. Unpacked weights take
 * eight times their 4-bit size in memory, hence a byte budget. Other nodes are left as they are.
 *
 * Works on the serialized ONNX protobuf directly: fields are located, not decoded, except the 4-bit weights and
 * their scales.
 */

/** Protobuf wire types (varint, 64-bit, length-delimited, 32-bit). */
const VARINT = 0;
const FIXED64 = 1;
const BYTES = 2;
const FIXED32 = 5;

/** ONNX field numbers used here. */
const MODEL_GRAPH = 7;
const GRAPH_NODE = 1;
const GRAPH_INITIALIZER = 5;
const NODE_INPUT = 1;
const NODE_OUTPUT = 2;
const NODE_NAME = 3;
const NODE_OP_TYPE = 4;
const NODE_ATTRIBUTE = 5;
const NODE_DOMAIN = 7;
const ATTR_NAME = 1;
const ATTR_INT = 3;
const ATTR_TYPE = 20;
const ATTR_TYPE_INT = 2;
const TENSOR_DIMS = 1;
const TENSOR_TYPE = 2;
const TENSOR_NAME = 8;
const TENSOR_RAW = 9;
const TENSOR_EXTERNAL_DATA = 13;
const TENSOR_DATA_LOCATION = 14;
const ENTRY_KEY = 1;
const ENTRY_VALUE = 2;
const EXTERNAL = 1;
const FLOAT = 1;
const UINT8 = 2;

interface Field {
  number: number;
  wire: number;
  /** The whole field, tag included (to copy it unchanged). */
  start: number;
  end: number;
  /** The value: a varint's number, or where a length-delimited value's bytes start and end. */
  value: number;
  valueStart: number;
}

function readVarint(bytes: Uint8Array, at: number): { value: number; next: number } {
  let value = 0;
  let scale = 1;
  let pos = at;
  for (;;) {
    const byte = bytes[pos++];
    if (byte === undefined) throw new Error('truncated varint');
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return { value, next: pos };
    scale *= 128;
  }
}

/** The fields of the message in `bytes[start, end)`, in order. */
function fields(bytes: Uint8Array, start: number, end: number): Field[] {
  const out: Field[] = [];
  let pos = start;
  while (pos < end) {
    const tag = readVarint(bytes, pos);
    const wire = tag.value % 8;
    const number = Math.floor(tag.value / 8);
    let valueStart = tag.next;
    let value = 0;
    let fieldEnd: number;
    if (wire === VARINT) {
      const v = readVarint(bytes, valueStart);
      value = v.value;
      fieldEnd = v.next;
    } else if (wire === BYTES) {
      const length = readVarint(bytes, valueStart);
      valueStart = length.next;
      value = length.value;
      fieldEnd = valueStart + length.value;
    } else if (wire === FIXED64) {
      fieldEnd = valueStart + 8;
    } else if (wire === FIXED32) {
      fieldEnd = valueStart + 4;
    } else {
      throw new Error(`unsupported protobuf wire type ${wire}`);
    }
    if (fieldEnd > end) throw new Error('truncated protobuf field');
    out.push({ number, wire, start: pos, end: fieldEnd, value, valueStart });
    pos = fieldEnd;
  }
  return out;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const text = (bytes: Uint8Array, f: Field) => decoder.decode(bytes.subarray(f.valueStart, f.end));

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 128) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

/** Encodes message fields: numbers as varints, strings and nested messages length-delimited. */
type Part = [number, number | string | Uint8Array];

function message(parts: Part[]): Uint8Array {
  const chunks: number[] = [];
  for (const [number, value] of parts) {
    if (typeof value === 'number') {
      chunks.push(...varint(number * 8 + VARINT), ...varint(value));
    } else {
      const body = typeof value === 'string' ? encoder.encode(value) : value;
      chunks.push(...varint(number * 8 + BYTES), ...varint(body.length));
      for (const b of body) chunks.push(b);
    }
  }
  return Uint8Array.from(chunks);
}

const MS_DOMAIN = 'com.microsoft';

function node(opType: string, inputs: string[], outputs: string[], name: string, attributes: Uint8Array[] = [], domain = ''): Uint8Array {
  return message([
    ...inputs.map((i): Part => [NODE_INPUT, i]),
    ...outputs.map((o): Part => [NODE_OUTPUT, o]),
    [NODE_NAME, name],
    [NODE_OP_TYPE, opType],
    ...attributes.map((a): Part => [NODE_ATTRIBUTE, a]),
    ...(domain ? [[NODE_DOMAIN, domain] as Part] : []),
  ]);
}

const intAttribute = (name: string, value: number) =>
  message([
    [ATTR_NAME, name],
    [ATTR_INT, value],
    [ATTR_TYPE, ATTR_TYPE_INT],
  ]);

/** An fp32 initializer whose bytes onnxruntime reads from the external data file `path`. */
function externalTensor(name: string, dims: number[], path: string): Uint8Array {
  return message([
    ...dims.map((d): Part => [TENSOR_DIMS, d]),
    [TENSOR_TYPE, FLOAT],
    [TENSOR_NAME, name],
    [
      TENSOR_EXTERNAL_DATA,
      message([
        [ENTRY_KEY, 'location'],
        [ENTRY_VALUE, path],
      ]),
    ],
    [TENSOR_DATA_LOCATION, EXTERNAL],
  ]);
}

/** Default fp32 bytes a model's 4-bit weights may take once unpacked (`LoadOptions.unpackedWeightBytes`). */
export const DEFAULT_UNPACKED_WEIGHT_BYTES = 1.5 * 2 ** 30;

interface NBitsNode {
  name: string;
  inputs: string[];
  output: string;
  /** Inner dimension, output columns and quantization block length. */
  k: number;
  cols: number;
  block: number;
}

/** A node's op, domain, name, inputs, outputs and integer attributes. */
function readNode(bytes: Uint8Array, f: Field) {
  let opType = '';
  let domain = '';
  let name = '';
  const inputs: string[] = [];
  const outputs: string[] = [];
  const attributes = new Map<string, number>();
  for (const g of fields(bytes, f.valueStart, f.end)) {
    if (g.number === NODE_OP_TYPE) opType = text(bytes, g);
    else if (g.number === NODE_DOMAIN) domain = text(bytes, g);
    else if (g.number === NODE_NAME) name = text(bytes, g);
    else if (g.number === NODE_INPUT) inputs.push(text(bytes, g));
    else if (g.number === NODE_OUTPUT) outputs.push(text(bytes, g));
    else if (g.number === NODE_ATTRIBUTE) {
      let attrName = '';
      let value: number | undefined;
      for (const a of fields(bytes, g.valueStart, g.end)) {
        if (a.number === ATTR_NAME) attrName = text(bytes, a);
        else if (a.number === ATTR_INT && a.wire === VARINT) value = a.value;
      }
      if (value !== undefined) attributes.set(attrName, value);
    }
  }
  return { opType, domain, name, inputs, outputs, attributes };
}

/** The node when it is a `MatMulNBits` this module can unpack (symmetric 4-bit, no zero points, group index or bias), else null. */
function asNBits({ opType, domain, name, inputs, outputs, attributes }: ReturnType<typeof readNode>): NBitsNode | null {
  if (opType !== 'MatMulNBits' || domain !== MS_DOMAIN || outputs.length !== 1) return null;
  const k = attributes.get('K');
  const cols = attributes.get('N');
  const block = attributes.get('block_size');
  if (attributes.get('bits') !== 4 || inputs.length !== 3 || inputs.includes('') || !k || !cols || !block || k % block !== 0 || block % 2 !== 0) return null;
  return { name: name || outputs[0]!, inputs, output: outputs[0]!, k, cols, block };
}

/** An initializer's name, element type and inline bytes (null when they live in external data). */
function readInitializer(bytes: Uint8Array, f: Field): { name: string; type: number; raw: Uint8Array | null } {
  let name = '';
  let type = 0;
  let raw: Uint8Array | null = null;
  let external = false;
  for (const g of fields(bytes, f.valueStart, f.end)) {
    if (g.number === TENSOR_NAME) name = text(bytes, g);
    else if (g.number === TENSOR_TYPE) type = g.value;
    else if (g.number === TENSOR_RAW) raw = bytes.subarray(g.valueStart, g.end);
    else if (g.number === TENSOR_DATA_LOCATION && g.value === EXTERNAL) external = true;
  }
  return { name, type, raw: external ? null : raw };
}

/**
 * The `[N, K]` fp32 matrix of 4-bit codes laid out `[N, K / block, block / 2]`, two per byte (the earlier one in the
 * low nibble), with one scale per block and the zero point 8: what `MatMulNBits` computes before multiplying.
 */
function dequantize(n: NBitsNode, codes: Uint8Array, scaleBytes: Uint8Array): Float32Array | null {
  const scales = new Float32Array(new Uint8Array(scaleBytes).buffer); // a copy: the bytes may sit unaligned (and Buffer#slice shares)
  const half = n.block / 2;
  if (scales.length !== n.cols * (n.k / n.block) || codes.length !== scales.length * half) return null;
  const out = new Float32Array(n.cols * n.k);
  let at = 0;
  for (let b = 0; b < scales.length; b++) {
    const scale = scales[b]!;
    for (let j = b * half, end = j + half; j < end; j++) {
      const byte = codes[j]!;
      out[at++] = ((byte & 15) - 8) * scale;
      out[at++] = ((byte >> 4) - 8) * scale;
    }
  }
  return out;
}

function lengthDelimited(number: number, body: Uint8Array[]): Uint8Array[] {
  const size = body.reduce((sum, b) => sum + b.length, 0);
  return [Uint8Array.from([...varint(number * 8 + BYTES), ...varint(size)]), ...body];
}

function join(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A graph with its 4-bit weights unpacked, and the fp32 weights it reads as external data. */
export interface UnpackedGraph {
  bytes: Uint8Array;
  externalData: { path: string; data: Uint8Array }[];
  /** 4-bit matrices unpacked, of how many could be. */
  unpacked: number;
  of: number;
}

/**
 * The serialized ONNX model `bytes` with its symmetric 4-bit `MatMulNBits` nodes replaced by a `FusedMatMul` over
 * their dequantized fp32 weights (in `externalData`) when all of those fit `budgetBytes`; a model too large for the
 * budget stays packed as a whole. Returns `bytes` itself when no node was replaced.
 */
export function unpackQ4(bytes: Uint8Array, budgetBytes: number): UnpackedGraph {
  const unchanged = (of: number): UnpackedGraph => ({ bytes, externalData: [], unpacked: 0, of });
  const modelFields = fields(bytes, 0, bytes.length);
  const graph = modelFields.find((f) => f.number === MODEL_GRAPH && f.wire === BYTES);
  if (!graph) return unchanged(0);
  const graphFields = fields(bytes, graph.valueStart, graph.end);
  const nodes = graphFields.map((f) => (f.number === GRAPH_NODE && f.wire === BYTES ? readNode(bytes, f) : null));
  const initializerOf = graphFields.map((f) => (f.number === GRAPH_INITIALIZER && f.wire === BYTES ? readInitializer(bytes, f) : null));
  const initializers = new Map(initializerOf.filter((init) => init !== null).map((init) => [init.name, init]));
  const matrices = nodes.map((n) => (n ? asNBits(n) : null));
  const found = matrices.filter((m) => m !== null);
  const fp32Bytes = found.reduce((sum, m) => sum + 4 * m.k * m.cols, 0);
  if (found.length === 0 || fp32Bytes > budgetBytes) return unchanged(found.length);
  const weights = new Map<NBitsNode, Float32Array>();
  for (const m of found) {
    const codes = initializers.get(m.inputs[1]!);
    const scales = initializers.get(m.inputs[2]!);
    const matrix = codes?.type === UINT8 && codes.raw && scales?.type === FLOAT && scales.raw ? dequantize(m, codes.raw, scales.raw) : null;
    if (!matrix) return unchanged(found.length);
    weights.set(m, matrix);
  }
  // The packed weights and scales go with their nodes, unless another node reads them too.
  const stillRead = new Set(nodes.flatMap((n, i) => (n && !matrices[i] ? n.inputs : [])));
  const dropped = new Set(found.flatMap((m) => m.inputs.slice(1)).filter((name) => !stillRead.has(name)));
  const graphChunks: Uint8Array[] = [];
  const externalData: UnpackedGraph['externalData'] = [];
  graphFields.forEach((f, i) => {
    const nbits = matrices[i];
    if (nbits) {
      const weight = `${nbits.name}/unpacked_weight`;
      const path = `unpacked_q4_${externalData.length}.bin`;
      const data = weights.get(nbits)!;
      externalData.push({ path, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
      graphChunks.push(...lengthDelimited(GRAPH_INITIALIZER, [externalTensor(weight, [nbits.cols, nbits.k], path)]));
      graphChunks.push(
        ...lengthDelimited(GRAPH_NODE, [
          node('FusedMatMul', [nbits.inputs[0]!, weight], [nbits.output], `${nbits.name}/unpacked`, [intAttribute('transB', 1)], MS_DOMAIN),
        ]),
      );
    } else if (!(initializerOf[i] && dropped.has(initializerOf[i].name))) {
      graphChunks.push(bytes.subarray(f.start, f.end));
    }
  });
  const modelChunks = modelFields.flatMap((f) => (f === graph ? lengthDelimited(MODEL_GRAPH, graphChunks) : [bytes.subarray(f.start, f.end)]));
  return { bytes: join(modelChunks), externalData, unpacked: found.length, of: found.length };
}
