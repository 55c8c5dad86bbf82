export { compileDocx, type CompileResult, type NotCompilable, type PackFn } from './compile.js';
export { DocxFiller, type FillOptions } from './fill.js';
export { isFillable } from './plain.js';
export type { DocxTemplate, FieldValues, HoledEntry } from './template.js';
export type { FieldCase, Slot } from './sentinel.js';
