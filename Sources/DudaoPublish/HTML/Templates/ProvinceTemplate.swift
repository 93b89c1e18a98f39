/// The shape of a published annual monitoring report over many counties.
enum ProvinceTemplate {
    static let page = """
        {{> head}}
        <h1>{{title}}</h1>
        <p class="subtitle">{{scopeLine}}</p>
        {{#hasVerdict}}<div class="verdict {{verdictKey}}">全省结论：{{verdict}}</div>{{/hasVerdict}}
        <div class="kpis">
        <div class="kpi"><b>{{subjectCount}}</b><span>参评单位</span></div>
        <div class="kpi"><b>{{passCount}}</b><span>结论为“达标”</span></div>
        <div class="kpi"><b>{{share}}</b><span>{{shareLabel}}</span></div>
        <div class="kpi"><b>{{target}}</b><span>规划目标</span></div>
        </div>
        <p>{{shareSentence}}</p>
        <figure><figcaption>{{targetChartTitle}}</figcaption>{{{targetChart}}}</figure>
        <h2>{{scoreName}}分布</h2>
        <table>
        <thead><tr><th>平均</th><th>最低</th><th>下四分位</th><th>中位数</th><th>上四分位</th><th>最高</th></tr></thead>
        <tbody><tr><td class="num">{{mean}}</td><td class="num">{{min}}</td><td class="num">{{q1}}</td><td class="num">{{median}}</td><td class="num">{{q3}}</td><td class="num">{{max}}</td></tr></tbody>
        </table>
        <figure><figcaption>{{histogramTitle}}</figcaption>{{{histogram}}}</figure>
        <h2>各领域平均</h2>
        <table>
        <thead><tr><th>领域</th><th>{{areaValueName}}</th><th>{{areaCountName}}</th></tr></thead>
        <tbody>{{#areas}}<tr><td>{{name}}</td><td class="num">{{average}}</td><td class="num">{{count}}</td></tr>{{/areas}}</tbody>
        </table>
        <h2>最薄弱的指标</h2>
        <table>
        <thead><tr><th>代码</th><th>指标</th><th>范围</th><th>达标单位</th><th>达标比例</th></tr></thead>
        <tbody>{{#weakest}}<tr><td>{{code}}</td><td>{{name}}</td><td>{{scope}}</td><td class="num">{{met}}/{{all}}</td><td class="num">{{share}}</td></tr>{{/weakest}}</tbody>
        </table>
        <h2>排名</h2>
        <table>
        <thead><tr><th>名次</th><th>代码</th><th>名称</th><th>{{scoreName}}</th><th>结论</th><th>薄弱项</th></tr></thead>
        <tbody>{{#ranking}}<tr><td class="num">{{rank}}</td><td>{{code}}</td><td>{{name}}</td><td class="num">{{score}}</td><td class="{{verdictKey}}">{{verdict}}</td><td class="small">{{weakest}}</td></tr>{{/ranking}}</tbody>
        </table>
        <div class="pagebreak"></div>
        <h2>各单位{{scoreName}}</h2>
        <figure><figcaption>{{barChartTitle}}</figcaption>{{{barChart}}}</figure>
        {{#hasNotes}}
        <h2>说明</h2>
        <ul class="notes">{{#notes}}<li>{{.}}</li>{{/notes}}</ul>
        {{/hasNotes}}
        {{> foot}}
        """
}
