/// The page frame every report shares: the inline stylesheet (screen and A4 print) and the
/// footer with the provenance line. Registered as the partials `head` and `foot`.
enum LayoutTemplate {
    static let head = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="{{generator}}">
        <title>{{title}}</title>
        <style>
        :root { --ink: #1f2933; --muted: #5f6b7a; --rule: #c9d1da; --pass: #2f7d4f; --fail: #b23a3a; --na: #8a6d1f; --band: #f3f5f8; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink); margin: 0 auto; max-width: 1000px; padding: 24px 32px; line-height: 1.55; font-size: 14px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 18px; border-bottom: 2px solid var(--ink); padding-bottom: 3px; margin: 28px 0 10px; }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        .subtitle { color: var(--muted); margin: 0 0 14px; }
        .verdict { display: inline-block; font-size: 20px; font-weight: bold; padding: 6px 18px; border-radius: 4px; color: #fff; margin: 8px 0; }
        .verdict.pass { background: var(--pass); } .verdict.fail { background: var(--fail); } .verdict.not_assessable { background: var(--na); }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
        .facts dt { color: var(--muted); } .facts dd { margin: 0; }
        .kpis { display: flex; gap: 12px; flex-wrap: wrap; margin: 10px 0; }
        .kpi { border: 1px solid var(--rule); border-radius: 4px; padding: 8px 14px; min-width: 120px; }
        .kpi b { display: block; font-size: 20px; } .kpi span { color: var(--muted); font-size: 12px; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 12.5px; }
        th, td { border: 1px solid var(--rule); padding: 4px 6px; vertical-align: top; text-align: left; }
        th { background: var(--band); }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.group td { background: var(--band); font-weight: bold; }
        td.met, td.not_met, td.not_assessable { white-space: nowrap; }
        .met { color: var(--pass); } .not_met { color: var(--fail); font-weight: bold; } .not_assessable { color: var(--na); }
        .tag { font-family: monospace; color: var(--muted); }
        .muted { color: var(--muted); } .small { font-size: 12px; }
        figure { margin: 12px 0; break-inside: avoid; } figcaption { font-weight: bold; margin-bottom: 4px; }
        ul.notes { padding-left: 20px; }
        footer { margin-top: 32px; border-top: 1px solid var(--rule); padding-top: 8px; color: var(--muted); font-size: 11px; word-break: break-all; }
        @page { size: A4; margin: 16mm 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          h2 { break-after: avoid; } table { page-break-inside: auto; } tr { break-inside: avoid; } thead { display: table-header-group; }
          .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          th, tr.group td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .pagebreak { break-before: page; }
        }
        </style>
        </head>
        <body>
        """

    static let foot = """
        <footer>本报告由 {{generator}} 生成，所有数字按标准的计量单位与小数位显示（金额为整元，比率为百分数，差异系数保留 3 位小数）。{{#provenance}}<br>{{.}}{{/provenance}}</footer>
        </body>
        </html>
        """
}
