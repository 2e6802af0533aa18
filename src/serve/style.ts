/** The page's own layout, after the HTML report's style sheet (whose badges, cards and evidence tables it reuses). */
export const SERVE_STYLE = `
body{max-width:1280px}
.skip-link{position:absolute;left:-9999px}.skip-link:focus{left:8px;top:8px;background:var(--bg);padding:4px 8px;z-index:9}
.bar{display:flex;flex-wrap:wrap;gap:10px;align-items:center;justify-content:space-between}
.bar .tools{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
nav.tabs{display:flex;flex-wrap:wrap;gap:4px;margin:16px 0;border-bottom:1px solid var(--line)}
nav.tabs button{font:inherit;border:1px solid var(--line);border-bottom:0;background:var(--panel);padding:6px 12px;border-radius:6px 6px 0 0;cursor:pointer;color:var(--fg)}
nav.tabs button[aria-current=page]{background:var(--bg);font-weight:700;border-color:var(--fg)}
button,select,input,textarea{font:inherit}
button.act{border:1px solid var(--fg);background:var(--fg);color:#fff;border-radius:4px;padding:4px 12px;cursor:pointer}
button.act.light{background:var(--bg);color:var(--fg)}
:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.grid td,.grid th{text-align:center}
.grid th[scope=row]{text-align:left;white-space:nowrap}
.grid button.cell{border:0;background:none;padding:2px;cursor:pointer}
.grid button.cell[aria-pressed=true] .badge{outline:3px solid var(--fg);outline-offset:1px}
.grid th.rulecol{font-size:.8rem;font-weight:600;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;vertical-align:bottom}
.filters label{display:inline-flex;gap:6px;align-items:center}
.status-line{color:var(--muted);margin:4px 0}
.combo{position:relative;max-width:36em}
.combo input{width:100%;padding:6px 8px}
.combo ul{position:absolute;left:0;right:0;top:100%;margin:0;padding:0;list-style:none;background:var(--bg);border:1px solid var(--line);z-index:5;max-height:20em;overflow:auto}
.combo li{padding:4px 8px;cursor:pointer}.combo li[aria-selected=true]{background:#dbe7f7}
.combo li .sub{color:var(--muted);font-size:.85em;margin-left:6px}
.steps{list-style:none;padding:0}.steps>li{border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:8px 0}
.steps h3{margin:0 0 4px;font-size:1rem}
textarea{width:100%;max-width:48em;min-height:6em;padding:6px 8px}
.drop{display:block;border:2px dashed var(--line);border-radius:8px;padding:24px;text-align:center;cursor:pointer;max-width:48em}
.drop.over{border-color:var(--fg);background:var(--panel)}
.note{color:var(--muted)}
pre.out{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:10px;white-space:pre-wrap;overflow-wrap:anywhere}
.downloads a{margin-right:12px;display:inline-block}
.error{color:var(--fail);font-weight:600}
form.row{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end;margin:8px 0}
form.row label{display:flex;flex-direction:column;gap:2px;max-width:100%}
form.row input{max-width:100%}
/* Words wrap at spaces and punctuation (anywhere would let a table squeeze "Campaign" to "Campaig/n"); only tokens break anywhere. */
body{overflow-wrap:break-word}
code,.path{overflow-wrap:anywhere}
.grid caption{text-align:left}
/* On a phone the grid scrolls sideways under its instance names. */
.grid th[scope=row],.grid thead th:first-child{position:sticky;left:0;z-index:1;background:var(--bg);box-shadow:inset -1px 0 var(--line)}
.grid thead th:first-child{background:var(--panel);text-align:left;vertical-align:bottom}
.why-warn{color:var(--muted)}
`;
