import { describe, expect, it } from 'vitest';
import { RenderError } from './render-error.js';
import type { TemplateFile } from './template-files.js';
import { TemplateSet } from './template-set.js';

const file = (name: string, source: string, partial = false): TemplateFile => ({ name, source, partial, file: `t/${name}.md.hbs`, origin: 'user' });

function renderError(set: TemplateSet, name: string, view: object): RenderError {
  try {
    set.render(name, view);
  } catch (e) {
    if (e instanceof RenderError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('TemplateSet', () => {
  it('prints data as given: no HTML escaping', () => {
    const set = new TemplateSet([file('a', '{{name}} <x>')]);
    expect(set.render('a', { name: 'Sở KH&CN' })).toBe('Sở KH&CN <x>');
  });

  it('names the template, its line and the field when a field is missing', () => {
    const set = new TemplateSet([file('letter', 'một\n{{#each body}}\n{{heading.title}}\n{{/each}}')]);
    const e = renderError(set, 'letter', { body: [{ heading: {} }] });
    expect(e.place).toMatchObject({ template: 'letter', line: 3, field: 'heading.title' });
    expect(e.say('vi')).toContain('`heading.title`');
    expect(e.say('en')).toMatch(/Template `letter` \(t\/letter\.md\.hbs:3\) needs the field `heading\.title`/);
  });

  it('names the partial, not the template that included it', () => {
    const set = new TemplateSet([file('letter', 'x\n{{> block}}'), file('block', '\n\n{{missing}}', true)]);
    const e = renderError(set, 'letter', {});
    expect(e.place).toMatchObject({ template: 'block', line: 3, field: 'missing' });
  });

  it('reports a syntax error with the file when the templates are loaded', () => {
    expect(() => new TemplateSet([file('bad', 'a\n{{#each x}}\n{{/if}}', true)])).toThrow(/bad.*t\/bad\.md\.hbs:\d/s);
  });

  it('lists the data a template reads, with [] for the lists it loops over', () => {
    const set = new TemplateSet([file('a', '{{intro}}\n{{#each groups}}{{heading}}{{#each items}}{{this}}{{/each}}{{/each}}{{mdEscape title}}{{> p}}'), file('p', '{{x}}', true)]);
    const info = set.list().find((t) => t.name === 'a');
    expect(info?.fields).toEqual(['groups[]', 'groups[].heading', 'groups[].items[]', 'intro', 'title']);
    expect(info?.partials).toEqual(['p']);
  });

  it('counts what a template hands to a partial as data it reads', () => {
    const set = new TemplateSet([file('a', '{{> p closing}}'), file('p', '{{#each this}}{{this}}{{/each}}', true)]);
    expect(set.list().find((t) => t.name === 'a')?.fields).toEqual(['closing']);
  });

  it('refuses an unknown template, naming the known ones', () => {
    const set = new TemplateSet([file('cong-van', 'x')]);
    expect(() => set.render('ke-hoach', {})).toThrow(/ke-hoach.*cong-van/);
  });
});
