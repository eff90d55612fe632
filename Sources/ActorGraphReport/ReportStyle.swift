/// The report page's stylesheet: system fonts, readable measure, tables that turn into cards on
/// a phone, diagrams that scroll sideways when wide, a highlighted target row, and a print
/// stylesheet (no navigation, no page breaks inside rows, figures or quotes).
enum ReportStyle {
    static let css = """
    :root { color-scheme: light; --ink: #1b1b1f; --muted: #5d5d66; --line: #d8d8df; --soft: #f5f5f7;
      --accent: #0062a3; --cooperation: #0072B2; --conflict: #D55E00; --mark: #fff1a8; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0; color: var(--ink); background: #fff;
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Noto Sans", sans-serif; }
    header, nav, main, footer { max-width: 75rem; margin: 0 auto; padding: 0 1rem; }
    header { padding-top: 1.5rem; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .35rem; }
    h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
    p { margin: .4rem 0 .8rem; max-width: 48rem; }
    a { color: var(--accent); text-underline-offset: .15em; }
    .subtitle, .muted, .hint { color: var(--muted); }
    .hint { font-size: .9rem; }
    nav { position: sticky; top: 0; z-index: 1; background: rgba(255, 255, 255, .96); border-bottom: 1px solid var(--line); }
    nav ol { display: flex; flex-wrap: wrap; gap: .15rem 1.1rem; list-style: none; margin: 0; padding: .5rem 0; font-size: .95rem; }
    .stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: .6rem; margin: 1rem 0 1.5rem; }
    .stats div { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .8rem; background: var(--soft); }
    .stats dt { color: var(--muted); font-size: .85rem; }
    .stats dd { margin: 0; font-size: 1.5rem; font-weight: 650; }
    figure.diagram { margin: 1.25rem 0 2rem; border: 1px solid var(--line); border-radius: .5rem; overflow: hidden; }
    figure.diagram figcaption { padding: .5rem .9rem; background: var(--soft); border-bottom: 1px solid var(--line); }
    figure.diagram figcaption h3 { margin: 0; }
    figure.diagram figcaption p { margin: 0; color: var(--muted); font-size: .9rem; }
    .diagram-frame { overflow-x: auto; -webkit-overflow-scrolling: touch; }
    .diagram-frame svg { display: block; width: var(--natural, 100%); max-width: 100%; height: auto; margin: 0 auto; }
    .diagram-frame svg a:hover path, .diagram-frame svg a:hover polygon, .diagram-frame svg a:hover ellipse { stroke-width: 2.5; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: .95rem; }
    th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
    th { background: var(--soft); font-weight: 600; white-space: nowrap; }
    td.date { white-space: nowrap; }
    td.number { text-align: right; font-variant-numeric: tabular-nums; }
    table.relations th:nth-child(1), table.relations th:nth-child(3) { width: 12rem; }
    table.relations th:nth-child(2) { width: 7.5rem; }
    table.relations th:nth-child(4) { width: 4.5rem; }
    tr.cooperation td:nth-child(2) { color: var(--cooperation); font-weight: 600; }
    tr.conflict td:nth-child(2) { color: var(--conflict); font-weight: 600; }
    ul.evidence { margin: 0; padding-left: 1.1rem; }
    ul.evidence li { margin: 0 0 .35rem; }
    .source { color: var(--muted); font-size: .88rem; white-space: nowrap; }
    ol.blocs li { margin: .3rem 0; }
    article.speaker { border-left: 3px solid var(--line); padding-left: .9rem; margin: 1.5rem 0; }
    article.speaker h3 { margin-top: 0; }
    .affiliation { color: var(--muted); margin-top: -.3rem; }
    blockquote { margin: .6rem 0 .9rem; padding: .5rem .9rem; background: var(--soft); border-radius: .4rem; }
    blockquote p { margin: 0 0 .3rem; font-size: 1.02rem; }
    blockquote footer { color: var(--muted); font-size: .88rem; }
    body > footer { margin-top: 3rem; padding-bottom: 2rem; color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); }
    :target { background: var(--mark); scroll-margin-top: 3.5rem; }
    tr:target td { background: var(--mark); }
    @media (max-width: 40rem) {
      body { font-size: 15px; }
      h1 { font-size: 1.5rem; }
      nav { position: static; }
      table.stack thead { display: none; }
      table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
      table.stack tr { border-bottom: 1px solid var(--line); padding: .5rem 0; }
      table.stack td { border: 0; padding: .1rem 0; text-align: left; }
      table.stack td.number { text-align: left; }
      table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .85rem; }
      table.relations td:nth-child(-n+3) { display: inline; padding-right: .3em; font-weight: 600; }
      table.relations td:nth-child(-n+3)::before, table.relations td[data-label="Evidence"]::before { content: none; }
      table.relations td[data-label="Weight"] { color: var(--muted); font-size: .88rem; }
      .diagram-frame svg { max-width: none; width: min(var(--natural, 100%), max(100%, calc(var(--natural, 100%) * .7))); }
      .source { white-space: normal; }
    }
    @media print {
      @page { margin: 1.5cm; }
      body { font-size: 10pt; }
      nav, .hint { display: none; }
      header, main, footer { max-width: none; padding: 0; }
      a { color: inherit; text-decoration: none; }
      h2, h3 { break-after: avoid; }
      figure.diagram, tr, blockquote, li { break-inside: avoid; }
      .diagram-frame { overflow: visible; }
      .diagram-frame svg { min-width: 0; max-height: 24cm; }
      .table-wrap { overflow: visible; }
      :target, tr:target td { background: none; }
    }

    """
}
