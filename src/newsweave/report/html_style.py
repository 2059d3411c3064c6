"""The page's inline stylesheet: system fonts only, nothing fetched."""

CSS = """
:root { --ink: #1d232a; --muted: #5d6670; --line: #d9dee3; --mark: #fff1a8; --bad: #b42318; --badbg: #fdecea; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
       color: var(--ink); background: #f6f7f9; }
header { background: #15202b; color: #fff; padding: 18px 32px; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header .meta { color: #c7d0d9; }
nav ol { margin: 8px 0 0; padding-left: 20px; }
nav a { color: #fff; }
main { padding: 16px 32px 48px; }
.event { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 24px; margin: 0 0 24px; }
.event h2 { margin: 4px 0 12px; font-size: 21px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
.facts dt { font-weight: 600; color: var(--muted); }
.facts dd { margin: 0; }
.meta { color: var(--muted); font-size: 13px; margin: 0; }
.cite { font-size: 12px; text-decoration: none; color: #1f5fbf; margin-left: 2px; }
.flag { color: var(--bad); font-weight: 600; }
.related { margin: 6px 0 0; color: var(--muted); font-size: 14px; }
.conflict { border-left: 5px solid var(--bad); background: var(--badbg); padding: 8px 16px; margin: 14px 0;
            border-radius: 4px; }
.conflict h3 { color: var(--bad); margin-top: 4px; }
.conflict ul { margin: 4px 0; }
.conflict .side { margin: 2px 0 6px; }
.summary li { margin-bottom: 4px; }
details { margin: 10px 0; }
summary { cursor: pointer; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin-top: 6px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
tr.disputed td { background: var(--badbg); }
.quote { color: #3b4450; }
.columns { display: flex; gap: 16px; overflow-x: auto; align-items: flex-start; }
.col { flex: 1 0 340px; max-width: 640px; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px;
       background: #fcfcfd; }
.col h4 { margin: 0 0 2px; font-size: 15px; }
.col .text { white-space: pre-wrap; max-height: 70vh; overflow-y: auto; margin-top: 8px; font-size: 14px; }
mark.claim { background: var(--mark); border-bottom: 2px solid #e0b400; padding: 0 1px; }
mark.disputed { background: #ffd5d0; border-bottom: 2px solid var(--bad); }
mark b { font-weight: 700; }
.sources ul, .errors ul { padding-left: 18px; }
.sources li { margin-bottom: 8px; }
.errors { color: var(--bad); }
"""
