// The Decree 30/2020 layout: the names the rest of the project uses, listed one by one.
export type { Appendix, DocDate, OfficialDocHeader, OfficialDocInput, SignerBlock } from './layout-input.js';
export { parseMarkdown } from './markdown.js';
export { packDocx, packOfficialDoc, renderOfficialDoc, type RenderOptions, type RenderResult } from './pack.js';
export {
  DEFAULT_PROFILE,
  LayoutProfile,
  ProfileError,
  checkProfile,
  resolveProfile,
  type LayoutProfileInput,
  type ProfileIssue,
  type ProfileResult,
} from './profile.js';
export { WARNING_CODES, type Lang, type LayoutWarning, type WarningCode } from './warnings.js';
export { FileExistsError, writeDocxAtomic, type WriteOptions } from './write.js';
export { cleanText } from './text.js';
export { textWidthPt, type FontWeight } from './text-width.js';
