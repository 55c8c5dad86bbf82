/** The page's stylesheet: inline, no web fonts, readable when printed. */
export const MATRIX_CSS = `
:root { --ok:#1b5e20; --ok-bg:#dff0e0; --part:#7a5a00; --part-bg:#fff1c2; --miss:#a31515; --miss-bg:#fbd9d7;
  --mir:#0d47a1; --mir-bg:#deebfb; --na:#555; --na-bg:#ececec; --none:#b5b5b5; --line:#d6d6d6; --head:#f6f6f4; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; color: #1d1d1d; background: #fff; }
header { padding: 16px 24px 8px; border-bottom: 1px solid var(--line); }
h1 { font-size: 20px; margin: 0 0 2px; }
h2 { font-size: 16px; margin: 18px 0 8px; }
.sub { color: #555; margin: 0 0 10px; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; background: var(--head); min-width: 120px; }
.card b { display: block; font-size: 18px; }
.card span { color: #555; font-size: 12px; }
.controls { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: 10px 16px;
  padding: 10px 24px; background: #fff; border-bottom: 1px solid var(--line); box-shadow: 0 1px 3px rgba(0,0,0,.06); }
.controls label { display: inline-flex; align-items: center; gap: 6px; }
.controls select, .controls input[type=search] { font: inherit; padding: 4px 6px; border: 1px solid #bbb; border-radius: 4px; }
.controls input[type=search] { width: 320px; }
.toggle { font-weight: 600; color: var(--miss); }
#count { color: #555; margin-left: auto; }
main { padding: 0 24px 24px; }
.scroll { overflow: auto; max-width: 100%; border: 1px solid var(--line); border-radius: 4px; }
table { border-collapse: separate; border-spacing: 0; }
table.m th, table.m td { border-right: 1px solid var(--line); border-bottom: 1px solid var(--line); }
table.m thead th { position: sticky; top: 0; background: var(--head); z-index: 2; font-weight: 600; vertical-align: bottom; }
table.m th.row { position: sticky; left: 0; background: #fff; z-index: 1; text-align: left; font-weight: normal; min-width: 250px; max-width: 330px; padding: 3px 8px; }
table.m thead th.row { z-index: 3; background: var(--head); }
table.m th.row b { display: inline-block; min-width: 64px; }
table.m th.row small { color: #666; display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 310px; }
table.m tr.mirror th.row b::after { content: " ↗"; color: var(--mir); font-weight: normal; }
table.m tr.first-mirror > * { border-top: 2px solid #9aa; }
table.m thead th.t { padding: 4px 6px; min-width: 64px; text-align: center; }
table.m thead th.t b { display: block; }
table.m thead th.t small { display: block; font-weight: normal; color: #666; font-size: 11px; white-space: nowrap; max-width: 110px; overflow: hidden; text-overflow: ellipsis; margin: 0 auto; }
table.m thead th.t.mirror b::after { content: " ↗"; color: var(--mir); font-weight: normal; }
table.m th.row.open-able { cursor: pointer; }
table.m th.row.open-able:hover, table.m th.row.open { background: #e6eefc; }
table.m tr.first-level > * { border-top: 2px solid #9aa; }
th.v { height: 118px; padding: 4px 2px; min-width: 34px; cursor: pointer; }
th.v span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; max-height: 112px; overflow: hidden; text-overflow: ellipsis; }
th.v.doc { min-width: 62px; height: 168px; }
th.v.doc span, #detail-table th.v span { max-height: 160px; }
th.v span.who { font-weight: normal; color: #555; font-size: 12px; }
#detail, #gaps { scroll-margin-top: 64px; }
th.v:hover, th.v.open { background: #e6eefc; }
td.c { text-align: center; padding: 2px 3px; min-width: 34px; height: 30px; font-size: 13px; white-space: nowrap; }
td.c small { display: block; font-size: 10px; color: inherit; opacity: .85; max-width: 90px; overflow: hidden; text-overflow: ellipsis; }
.c.C { background: var(--ok-bg); color: var(--ok); }
.c.P { background: var(--part-bg); color: var(--part); font-weight: 600; }
.c.X { background: var(--miss-bg); color: var(--miss); font-weight: 700; }
.c.M { background: var(--mir-bg); color: var(--mir); }
.c.A { background: var(--na-bg); color: var(--na); }
.c.U { background: #f3e8fa; color: #5e3a87; }
.c.N { color: var(--none); }
tfoot td, tfoot th { background: var(--head); font-size: 12px; font-weight: 600; position: sticky; bottom: 0; }
tfoot th.row { z-index: 3; }
.detail-head { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; }
.detail-head button, .more { font: inherit; padding: 3px 10px; border: 1px solid #999; border-radius: 4px; background: #fff; cursor: pointer; }
.empty { color: #666; font-style: italic; padding: 8px 0; }
table.gaps { width: 100%; font-size: 13px; }
table.gaps th, table.gaps td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
table.gaps thead th { position: sticky; top: 52px; background: var(--head); }
table.gaps td.st { white-space: nowrap; font-weight: 600; }
table.gaps td.st.X { color: var(--miss); } table.gaps td.st.P { color: var(--part); }
table.gaps code { font-size: 12px; color: #444; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 13px; margin: 8px 0; }
.legend span.k { display: inline-block; min-width: 22px; text-align: center; border-radius: 3px; padding: 0 4px; margin-right: 4px; }
details#silent summary { cursor: pointer; } details#silent summary h2 { display: inline; }
footer { padding: 8px 24px 24px; color: #444; font-size: 13px; border-top: 1px solid var(--line); }
@media print { .controls { position: static; } .scroll { overflow: visible; } }
`;
