/**
 * Rewrites a q4 graph so the WASM backend decodes fast. onnxruntime-web's CPU kernel for `MatMulNBits` has no
 * WebAssembly path of its own: every run it dequantizes the whole weight matrix to fp32 and then multiplies, so a
 * one-token step of a 4-bit model costs about ten times the same step in fp32. This module replaces symmetric
 * 4-bit `MatMulNBits` nodes by standard ops that dequantize their constant weights the same way
 * (`(q - 8) * scale`, block by block) and a `FusedMatMul`; onnxruntime folds the dequantization into one fp32
 * weight when the session is created (with `session.disable_quant_qdq` set), so the download stays 4-bit and the
 * multiply is the one the kernel ran anyway. Unpacked weights take eight times their 4-bit size in memory, and more
 * while the session is created, hence a byte budget. Other nodes are left as they are.
 *
 * Works on the serialized ONNX protobuf directly: nodes are replaced and small constants added; the weight bytes
 * are copied, never decoded, and may live in external data.
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
const ATTR_STRING = 4;
const ATTR_TYPE = 20;
const ATTR_TYPE_INT = 2;
const ATTR_TYPE_STRING = 3;
const TENSOR_DIMS = 1;
const TENSOR_TYPE = 2;
const TENSOR_NAME = 8;
const TENSOR_RAW = 9;
const UINT8 = 2;
const INT64 = 7;

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
  return message([...inputs.map((i): Part => [NODE_INPUT, i]), ...outputs.map((o): Part => [NODE_OUTPUT, o]), [NODE_NAME, name], [NODE_OP_TYPE, opType],
    ...attributes.map((a): Part => [NODE_ATTRIBUTE, a]), ...(domain ? [[NODE_DOMAIN, domain] as Part] : [])]);
}

const stringAttribute = (name: string, value: string) => message([[ATTR_NAME, name], [ATTR_STRING, value], [ATTR_TYPE, ATTR_TYPE_STRING]]);
const intAttribute = (name: string, value: number) => message([[ATTR_NAME, name], [ATTR_INT, value], [ATTR_TYPE, ATTR_TYPE_INT]]);

function tensor(name: string, type: number, dims: number[], raw: ArrayBufferView): Uint8Array {
  return message([...dims.map((d): Part => [TENSOR_DIMS, d]), [TENSOR_TYPE, type], [TENSOR_NAME, name],
    [TENSOR_RAW, new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength)]]);
}

const shape = (name: string, dims: number[]) => tensor(name, INT64, [dims.length], BigInt64Array.from(dims.map(BigInt)));

/** Default fp32 bytes a model's 4-bit weights may take once unpacked (`LoadOptions.unpackedWeightBytes`). */
export const DEFAULT_UNPACKED_WEIGHT_BYTES = 256 * 2 ** 20;

/** Session config an unpacked graph needs: onnxruntime folds `DequantizeLinear` of constants only with QDQ handling off. */
export const UNPACKED_SESSION_CONFIG = { session: { disable_quant_qdq: '1' } };

interface NBitsNode {
  name: string;
  inputs: string[];
  output: string;
  /** Inner dimension, output columns and quantization block length. */
  k: number;
  cols: number;
  block: number;
}

/** The node's fields when it is a `MatMulNBits` this module can rewrite, else null. */
function readNBits(bytes: Uint8Array, f: Field): NBitsNode | null {
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
  if (opType !== 'MatMulNBits' || domain !== MS_DOMAIN || outputs.length !== 1) return null;
  const used = inputs.filter((i) => i !== '');
  const k = attributes.get('K');
  const cols = attributes.get('N');
  const block = attributes.get('block_size');
  // Symmetric 4-bit only (no zero points, group index or bias): its weights unpack with the default zero point 8.
  if (attributes.get('bits') !== 4 || used.length !== 3 || inputs.length > 3 || !k || !cols || !block || k % block !== 0 || block % 2 !== 0) return null;
  return { name: name || outputs[0]!, inputs, output: outputs[0]!, k, cols, block };
}

/**
 * The nodes and constants that dequantize one `MatMulNBits` node's weights and multiply by them. The bytes are
 * split into their two 4-bit values (the earlier one in the low nibble) and `DequantizeLinear` applies one scale
 * and the zero point 8 per block, as `MatMulNBits` does; `FusedMatMul` reads the `[N, K]` result transposed.
 */
function unpacked(n: NBitsNode): { nodes: Uint8Array[]; initializers: Uint8Array[] } {
  const [a, weights, scales] = n.inputs as [string, string, string];
  const { k, cols, block } = n;
  const blockCount = cols * (k / block);
  const p = `${n.name}/unpack_q4/`;
  const initializers = [
    tensor(`${p}four`, UINT8, [], Uint8Array.of(4)), tensor(`${p}sixteen`, UINT8, [], Uint8Array.of(16)),
    shape(`${p}pair_shape`, [blockCount, block / 2, 1]), shape(`${p}block_shape`, [blockCount, block]),
    shape(`${p}scale_shape`, [blockCount]), shape(`${p}matrix_shape`, [cols, k]),
    tensor(`${p}zero_points`, UINT8, [blockCount], new Uint8Array(blockCount).fill(8)),
  ];
  const nodes = [
    node('BitShift', [weights, `${p}four`], [`${p}high`], `${p}high_nibble`, [stringAttribute('direction', 'RIGHT')]),
    node('Mod', [weights, `${p}sixteen`], [`${p}low`], `${p}low_nibble`),
    node('Reshape', [`${p}low`, `${p}pair_shape`], [`${p}low_column`], `${p}low_column`),
    node('Reshape', [`${p}high`, `${p}pair_shape`], [`${p}high_column`], `${p}high_column`),
    node('Concat', [`${p}low_column`, `${p}high_column`], [`${p}pairs`], `${p}interleave`, [intAttribute('axis', 2)]),
    node('Reshape', [`${p}pairs`, `${p}block_shape`], [`${p}codes`], `${p}blocks`),
    node('Reshape', [scales, `${p}scale_shape`], [`${p}scales`], `${p}scales`),
    node('DequantizeLinear', [`${p}codes`, `${p}scales`, `${p}zero_points`], [`${p}values`], `${p}dequantize`, [intAttribute('axis', 0)]),
    node('Reshape', [`${p}values`, `${p}matrix_shape`], [`${p}weight`], `${p}weight`),
    node('FusedMatMul', [a, `${p}weight`], [n.output], `${p}matmul`, [intAttribute('transB', 1)], MS_DOMAIN),
  ];
  return { nodes, initializers };
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

/**
 * The serialized ONNX model `bytes` with its symmetric 4-bit `MatMulNBits` nodes replaced by foldable
 * dequantization ops and a `FusedMatMul` when all their fp32 weights fit `budgetBytes` (a model too large for the
 * budget stays packed as a whole); how many were replaced (`unpacked`) of how many could be (`of`). Returns
 * `bytes` itself when none was.
 */
export function unpackQ4(bytes: Uint8Array, budgetBytes: number): { bytes: Uint8Array; unpacked: number; of: number } {
  const modelFields = fields(bytes, 0, bytes.length);
  const graph = modelFields.find((f) => f.number === MODEL_GRAPH && f.wire === BYTES);
  if (!graph) return { bytes, unpacked: 0, of: 0 };
  const graphFields = fields(bytes, graph.valueStart, graph.end);
  const matrices = graphFields.map((f) => (f.number === GRAPH_NODE && f.wire === BYTES ? readNBits(bytes, f) : null));
  const found = matrices.filter((m) => m !== null);
  const fp32Bytes = found.reduce((sum, m) => sum + 4 * m.k * m.cols, 0);
  if (found.length === 0 || fp32Bytes > budgetBytes) return { bytes, unpacked: 0, of: found.length };
  const graphChunks: Uint8Array[] = [];
  const extraInitializers: Uint8Array[] = [];
  graphFields.forEach((f, i) => {
    const nbits = matrices[i];
    if (!nbits) {
      graphChunks.push(bytes.subarray(f.start, f.end));
      return;
    }
    const { nodes, initializers } = unpacked(nbits);
    for (const n of nodes) graphChunks.push(...lengthDelimited(GRAPH_NODE, [n]));
    for (const t of initializers) extraInitializers.push(...lengthDelimited(GRAPH_INITIALIZER, [t]));
  });
  const modelChunks: Uint8Array[] = [];
  for (const f of modelFields) {
    if (f === graph) modelChunks.push(...lengthDelimited(MODEL_GRAPH, [...graphChunks, ...extraInitializers]));
    else modelChunks.push(bytes.subarray(f.start, f.end));
  }
  return { bytes: join(modelChunks), unpacked: found.length, of: found.length };
}
