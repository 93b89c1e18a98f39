/// The published form of one evaluation.
enum EvaluationTemplate {
    static let page = """
        {{> head}}
        <h1>{{title}}</h1>
        <p class="subtitle">{{subjectName}}（{{subjectCode}}） · 评估期 {{period}}</p>
        <div class="verdict {{verdictKey}}">结论：{{verdict}}</div>
        <p>{{verdictSentence}}</p>
        <div class="kpis">
        <div class="kpi"><b>{{metCount}}</b><span>达标指标</span></div>
        <div class="kpi"><b>{{notMetCount}}</b><span>未达标指标</span></div>
        <div class="kpi"><b>{{notAssessableCount}}</b><span>不可评估指标</span></div>
        <div class="kpi"><b>{{findingCount}}</b><span>整改事项</span></div>
        </div>
        {{#hasReasons}}
        <h2>决定结论的事项</h2>
        <ul>{{#reasons}}<li><b>{{code}}</b>{{scope}} {{name}}：{{message}}</li>{{/reasons}}</ul>
        {{/hasReasons}}
        {{#hasVetoes}}
        <h2>一票否决</h2>
        <ul>{{#vetoes}}<li><b>{{code}}</b> {{name}}：{{explanation}}</li>{{/vetoes}}</ul>
        {{/hasVetoes}}
        <figure><figcaption>{{chartTitle}}</figcaption>{{{chart}}}</figure>
        <h2>指标结果</h2>
        <table>
        <thead><tr><th>代码</th><th>指标</th><th>范围</th><th>值</th><th>标准</th><th>结果</th><th>依据</th></tr></thead>
        <tbody>
        {{#groups}}
        <tr class="group"><td colspan="7">{{name}}</td></tr>
        {{#indicators}}
        <tr><td>{{code}}</td><td>{{name}}{{^gating}}<span class="muted">＊</span>{{/gating}}<div class="small muted">{{explanation}}</div></td><td>{{scope}}</td><td class="num">{{value}}</td><td class="num">{{threshold}}</td><td class="{{outcomeKey}}">{{outcome}}</td><td><span class="tag">{{status}}</span> <span class="small">{{citation}}</span></td></tr>
        {{/indicators}}
        {{/groups}}
        </tbody>
        </table>
        <p class="small muted">＊ 参考项：单独不决定结论。依据状态：[C] 已核实、[P] 部分核实、[U] 未核实。</p>
        {{#hasFindings}}
        <h2>整改清单（按学校）</h2>
        {{#findingGroups}}
        <h3>{{unit}}</h3>
        <table>
        <thead><tr><th>指标</th><th>现值</th><th>标准</th><th>差距</th><th>期限</th><th>说明</th></tr></thead>
        <tbody>{{#items}}<tr><td>{{indicator}}</td><td class="num">{{value}}</td><td class="num">{{threshold}}</td><td class="num">{{shortfall}}</td><td>{{deadline}}</td><td>{{message}}</td></tr>{{/items}}</tbody>
        </table>
        {{/findingGroups}}
        {{/hasFindings}}
        {{#hasNotes}}
        <h2>排除的单位与说明</h2>
        <ul class="notes">{{#notes}}<li>{{.}}</li>{{/notes}}</ul>
        {{/hasNotes}}
        {{#hasMissing}}
        <h2>缺少的数据</h2>
        <ul class="notes">{{#missing}}<li><code>{{path}}</code> {{name}}</li>{{/missing}}</ul>
        {{/hasMissing}}
        <h2>标准版本与参数</h2>
        <p>{{editionTitle}}（{{editionID}}，{{editionFrom}} 起施行）{{overrides}}</p>
        <table>
        <thead><tr><th>参数</th><th>名称</th><th>值</th><th>单位</th><th>状态</th><th>出处</th></tr></thead>
        <tbody>{{#parameters}}<tr><td><code>{{key}}</code></td><td>{{name}}</td><td class="num">{{value}}</td><td>{{unit}}</td><td class="tag">{{status}}</td><td class="small">{{citation}}</td></tr>{{/parameters}}</tbody>
        </table>
        <h2>可追溯信息</h2>
        <dl class="facts">
        <dt>评估项目</dt><dd>{{assessment}} {{assessmentVersion}}</dd>
        <dt>输入摘要</dt><dd><code>{{inputDigest}}</code></dd>
        <dt>记录编号</dt><dd>{{recordID}}</dd>
        </dl>
        {{> foot}}
        """
}
