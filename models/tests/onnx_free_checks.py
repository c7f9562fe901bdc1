"""Reads the IR version of an ONNX file without the onnx package (field 1 of ModelProto is a varint)."""

from pathlib import Path


def ir_version(path: Path) -> int:
    data = path.read_bytes()[:16]
    assert data[0] == 0x08, "ModelProto must start with ir_version (field 1, varint)"
    value, shift, i = 0, 0, 1
    while True:
        byte = data[i]
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value
        shift += 7
        i += 1
