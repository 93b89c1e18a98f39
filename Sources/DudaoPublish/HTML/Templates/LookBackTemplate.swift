/// The 回头看 page.
enum LookBackTemplate {
    static let page = """
        {{> head}}
        <h1>{{subjectName}} 回头看</h1>
        <p class="subtitle">{{title}} · {{subjectCode}} · 评估期 {{periodBefore}} → {{periodAfter}} · 标准 {{editionBefore}} → {{editionAfter}}</p>
        <div class="verdict {{verdictKey}}">结论：{{verdictBefore}} → {{verdictAfter}}（{{verdictChange}}）</div>
        <div class="kpis">
        <div class="kpi"><b>{{improvedCount}}</b><span>改善的指标</span></div>
        <div class="kpi"><b>{{declinedCount}}</b><span>退步的指标</span></div>
        <div class="kpi"><b>{{fixedCount}}/{{findingCount}}</b><span>上次整改事项已整改</span></div>
        </div>
        <h2>上次整改事项是否完成</h2>
        <table>
        <thead><tr><th>单位</th><th>指标</th><th>上次</th><th>本次</th><th>标准</th><th>状态</th></tr></thead>
        <tbody>{{#findings}}<tr><td>{{unit}}</td><td>{{indicator}}</td><td class="num">{{before}}</td><td class="num">{{after}}</td><td class="num">{{threshold}}</td><td class="{{stateKey}}">{{state}}</td></tr>{{/findings}}</tbody>
        </table>
        <h2>改善的指标</h2>
        <table>
        <thead><tr><th>代码</th><th>指标</th><th>范围</th><th>上次</th><th>本次</th><th>标准</th></tr></thead>
        <tbody>{{#improved}}<tr><td>{{code}}</td><td>{{name}}</td><td>{{scope}}</td><td class="num">{{before}}</td><td class="num">{{after}}</td><td class="num">{{threshold}}</td></tr>{{/improved}}</tbody>
        </table>
        <h2>退步的指标</h2>
        <table>
        <thead><tr><th>代码</th><th>指标</th><th>范围</th><th>上次</th><th>本次</th><th>标准</th></tr></thead>
        <tbody>{{#declined}}<tr><td>{{code}}</td><td>{{name}}</td><td>{{scope}}</td><td class="num">{{before}}</td><td class="num">{{after}}</td><td class="num">{{threshold}}</td></tr>{{/declined}}</tbody>
        </table>
        <h2>全部指标对照</h2>
        <table>
        <thead><tr><th>代码</th><th>指标</th><th>范围</th><th>上次</th><th>本次</th><th>标准</th><th>变化</th></tr></thead>
        <tbody>{{#all}}<tr><td>{{code}}</td><td>{{name}}</td><td>{{scope}}</td><td class="num">{{before}}</td><td class="num">{{after}}</td><td class="num">{{threshold}}</td><td>{{change}}</td></tr>{{/all}}</tbody>
        </table>
        {{> foot}}
        """
}
