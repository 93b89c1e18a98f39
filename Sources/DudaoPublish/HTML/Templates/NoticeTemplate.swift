/// The 公示 (public notice) table.
enum NoticeTemplate {
    static let page = """
        {{> head}}
        <h1>{{title}}</h1>
        <p>{{preamble}}</p>
        <table>
        <thead><tr><th>序号</th><th>地区代码</th><th>地区名称</th><th>评估项目</th><th>评估期</th><th>结论</th><th>未达标或不可评估事项</th><th>记录编号</th></tr></thead>
        <tbody>{{#rows}}<tr><td class="num">{{number}}</td><td>{{code}}</td><td>{{name}}</td><td>{{assessment}}</td><td>{{period}}</td><td class="{{verdictKey}}">{{verdict}}</td><td class="small">{{reasons}}</td><td class="small">{{recordID}}</td></tr>{{/rows}}</tbody>
        </table>
        <p>{{closing}}</p>
        <p style="text-align:right">{{issuer}}<br>{{date}}</p>
        {{> foot}}
        """
}
