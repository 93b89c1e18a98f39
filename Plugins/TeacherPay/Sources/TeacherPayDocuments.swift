public import DudaoCore

/// The documents behind the teacher-pay check (REFERENCE §3).
public enum TeacherPayDocuments {
    /// 《教师法》 art. 25: teachers' average pay shall not be lower than civil servants'.
    public static let teachersLaw = SourceDocument(
        title: "中华人民共和国教师法",
        number: nil,
        issuer: "全国人民代表大会常务委员会",
        year: 1993,
        url: "http://zgkjsz.com/page/2019/0907/15597699.shtml",
        status: .confirmed
    )

    /// The 2008 绩效工资 guideline: 津贴补贴 set so that teachers are not below civil servants,
    /// adjusted with them; the year-end bonus folded into 绩效工资. 文号 unconfirmed.
    public static let performancePay2008 = SourceDocument(
        title: "关于义务教育学校实施绩效工资的指导意见",
        number: "人社部发〔2008〕133号",
        issuer: "人力资源社会保障部 财政部 教育部",
        year: 2008,
        url: "https://m.78911.com.cn/HuiMinZhengCe/528921.html",
        status: .unconfirmed
    )

    /// The 2020 national 督导: aim, focus (long-term funding, linkage mechanism), phases.
    public static let inspection2020 = SourceDocument(
        title: "义务教育教师工资待遇落实情况督导检查（国务院教育督导委员会办公室通知）",
        number: nil,
        issuer: "国务院教育督导委员会办公室",
        year: 2020,
        url: "http://epaper.gmw.cn/gmrb/html/2020-03/18/nw.D110000gmrb_20200318_2-10.htm",
        status: .confirmed
    )

    public static let all: [SourceDocument] = [teachersLaw, performancePay2008, inspection2020]
}
