import type { Lang, Text } from '../report/diagnostic.js';

/** Where in a template an error happened. */
export interface TemplatePlace {
  readonly template: string;
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  /** The data field that was missing (`body.heading`), when that was the error. */
  readonly field?: string | undefined;
}

/**
 * An error of the render step: missing data, an unknown agency, a template that does not compile
 * or asks for a field the view does not have. The message exists in both languages; `message` is
 * the Vietnamese one, `say('en')` the English one.
 */
export class RenderError extends Error {
  readonly text: Text;
  readonly place: TemplatePlace | undefined;
  constructor(text: Text, place?: TemplatePlace) {
    super(text.vi);
    this.name = 'RenderError';
    this.text = text;
    this.place = place;
  }

  /** The message in the user's language. */
  say(lang: Lang): string {
    return this.text[lang];
  }
}
