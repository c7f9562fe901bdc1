/**
 * Stands in for onnxruntime-web in the package build: the package loads onnxruntime-web from its runtime files
 * (src/runtime-files.ts), so its own imports of it are never run. Reaching this module is a packaging bug.
 */
throw new Error('Steplight package bug: onnxruntime-web was imported from the bundle instead of dist/lib/runtime/.');
