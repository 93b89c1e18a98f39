/// The 差异系数 view of one county.
enum CoefficientTemplate {
    static let page = """
        {{> head}}
        <h1>{{subjectName}} 校际差异系数分析</h1>
        <p class="subtitle">{{title}} · {{subjectCode}} · 评估期 {{period}} · 结论：{{verdict}}</p>
        <h2>差异系数与限值</h2>
        <table>
        <thead><tr><th>代码</th><th>指标</th><th>范围</th><th>差异系数</th><th>限值</th><th>结果</th></tr></thead>
        <tbody>{{#coefficients}}<tr><td>{{code}}</td><td>{{name}}</td><td>{{scope}}</td><td class="num">{{value}}</td><td class="num">{{limit}}</td><td class="{{outcomeKey}}">{{outcome}}</td></tr>{{/coefficients}}</tbody>
        </table>
        <figure><figcaption>{{coefficientChartTitle}}</figcaption>{{{coefficientChart}}}</figure>
        <h2>各校数值与标准</h2>
        <p class="small muted">红点为低于标准的学校，虚线为标准值。</p>
        {{#strips}}
        <figure><figcaption>{{title}}</figcaption>{{{chart}}}</figure>
        {{/strips}}
        {{> foot}}
        """
}
