<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcrossPage</name>
    <message>
        <source>Keywords across reports</source>
        <translation>各报告关键词对比</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded report(s), whole text</source>
        <translation>
            <numerusform>%n 份已加载报告，全文</numerusform>
        </translation>
    </message>
    <message>
        <source>Type one or more words to count them.</source>
        <translation>输入一个或多个词进行统计。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>复制图表为图片(&amp;C)</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>导出图表为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <translation>导出图表为 SVG(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构与企业</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>电量</translation>
    </message>
    <message>
        <source>{title}: the {shown} largest of {total} figures</source>
        <translation>{title}：{total} 个数据中最大的 {shown} 个</translation>
    </message>
    <message>
        <source>“{keyword}” per section</source>
        <translation>各节“{keyword}”字数</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>GDP growth</source>
        <translation>地区生产总值增长</translation>
    </message>
    <message>
        <source>Industrial value added growth</source>
        <translation>规模以上工业增加值增长</translation>
    </message>
    <message>
        <source>Fixed-asset investment growth</source>
        <translation>固定资产投资增长</translation>
    </message>
    <message>
        <source>Retail sales growth</source>
        <translation>社会消费品零售总额增长</translation>
    </message>
    <message>
        <source>Surveyed urban unemployment</source>
        <translation>城镇调查失业率</translation>
    </message>
    <message>
        <source>New urban jobs</source>
        <translation>城镇新增就业</translation>
    </message>
    <message>
        <source>Consumer price rise</source>
        <translation>居民消费价格涨幅</translation>
    </message>
    <message>
        <source>{label} (targets in {count} reports)</source>
        <translation>{label}（{count} 份报告的目标）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Figure as written</source>
        <translation>原文数据</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Label in the report</source>
        <translation>报告中的指标名</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
    <message>
        <source>Compared: {query}; {count} of {total} reports</source>
        <translation>对比：{query}；{total} 份报告中的 {count} 份</translation>
    </message>
    <message>
        <source>The newest reports of {total} regions, those stored in the library from files included, were compared: {count} of them give this figure.</source>
        <translation>对比了 {total} 个地区各自的最新报告（含从文件存入文库的报告）：其中 {count} 份给出此数据。</translation>
    </message>
    <message>
        <source>{count} of {total} loaded reports give this figure.</source>
        <translation>已加载的 {total} 份报告中有 {count} 份给出此数据。</translation>
    </message>
    <message>
        <source>Labels match across different wordings: scope words (全省, 全市) and link words (控制在, 为) are dropped and synonyms are merged (国内生产总值, 地区生产总值, 经济 → 生产总值).</source>
        <translation>不同措辞的指标名会被对齐：去掉范围词（全省、全市）和连接词（控制在、为），并合并同义词（国内生产总值、地区生产总值、经济 → 生产总值）。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>No report of the library gives this figure.</source>
        <translation>文库中没有报告给出此数据。</translation>
    </message>
    <message>
        <source>No loaded report gives this figure.</source>
        <translation>已加载的报告中没有这一数据。</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>Targets only</source>
        <translation>只看目标</translation>
    </message>
    <message>
        <source>Only the year&apos;s main expected targets (主要预期目标)</source>
        <translation>只看当年主要预期目标</translation>
    </message>
    <message>
        <source>First per report</source>
        <translation>每份报告只取第一个</translation>
    </message>
    <message>
        <source>Each report&apos;s first matching figure, in reading order</source>
        <translation>按阅读顺序，每份报告只取第一个匹配的数据</translation>
    </message>
    <message>
        <source>A concept, a target label, or any figure label you type</source>
        <translation>选择一个概念或目标，或输入任意指标名</translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <source>Keyword counts</source>
        <translation>关键词计数</translation>
    </message>
    <message>
        <source>Keywords in context</source>
        <translation>关键词上下文</translation>
    </message>
    <message>
        <source>Type one or more words to count them.</source>
        <translation>输入一个或多个词进行统计。</translation>
    </message>
    <message>
        <source>This rule counts no text: tick Titles, Front matter or Body.</source>
        <translation>按此规则没有可统计的文本：请勾选标题、导语或正文。</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) in context; double-click one to find it in the source text</source>
        <translation>
            <numerusform>上下文中共 %n 处；双击可在原文中定位</numerusform>
        </translation>
    </message>
    <message>
        <source>The headline says “{word}” occurs {claim} times in the report; this text holds as many, counting everything.</source>
        <translation>标题称“{word}”字在报告中出现 {claim} 次；本文全部计入，出现次数与之相同。</translation>
    </message>
    <message>
        <source>The headline says “{word}” occurs {claim} times in the report. This text holds {count}, counting everything ({front} of them in its own headline and intro): it is a summary of the report, not its full text, so it can neither confirm nor refute {claim}.</source>
        <translation>标题称“{word}”字在报告中出现 {claim} 次。本文全部计入共出现 {count} 次（其中 {front} 次在本文自己的标题和导语中）：本文是报告的摘要而非全文，无法证实或否定 {claim} 这个数字。</translation>
    </message>
    <message>
        <source>The headline says “{word}” occurs {claim} times in the report. This text holds {count}, counting everything ({front} of them in its own headline and intro): it is not the whole text the headline counted, so it can neither confirm nor refute {claim}.</source>
        <translation>标题称“{word}”字在报告中出现 {claim} 次。本文全部计入共出现 {count} 次（其中 {front} 次在本文自己的标题和导语中）：本文不是标题所统计的完整文本，无法证实或否定 {claim} 这个数字。</translation>
    </message>
    <message>
        <source>The headline says “{word}” occurs {claim} times in the report, but this text holds more ({count}): the headline counts some other text or by another rule.</source>
        <translation>标题称“{word}”字在报告中出现 {claim} 次，但本文出现次数更多（{count} 次）：标题统计的是别的文本，或用的是别的规则。</translation>
    </message>
    <message>
        <source>The headline states no count of “{word}”.</source>
        <translation>标题没有给出“{word}”字的次数。</translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <source>Section title</source>
        <translation>节标题</translation>
    </message>
    <message>
        <source>{figures} figures · {characters} characters · “{keyword}” occurs {count} times</source>
        <translation>{figures} 个数据 · {characters} 字 · “{keyword}”出现 {count} 次</translation>
    </message>
    <message>
        <source> (its headline says {count} in the full report)</source>
        <translation>（其标题称全文中出现 {count} 次）</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Source &amp;Text</source>
        <translation>原文(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>The section&apos;s text; click a highlighted figure to find its row</source>
        <translation>本节原文；点击高亮的数据可定位到表格中的行</translation>
    </message>
    <message>
        <source>One bar chart per kind of quantity; hover a bar for its figure</source>
        <translation>每类量一张条形图；鼠标悬停可查看数据</translation>
    </message>
    <message>
        <source>Source: {report}</source>
        <translation>来源：{report}</translation>
    </message>
    <message>
        <source>This section has no figures to chart.</source>
        <translation>本节没有可绘制的数据。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot open report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>Something went wrong; workreport keeps running. The details are in the log:</source>
        <translation>出现意外错误；程序仍在运行。详情见日志：</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>标准值</translation>
    </message>
    <message>
        <source>Base unit</source>
        <translation>标准单位</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>界限</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>小节</translation>
    </message>
    <message>
        <source>about</source>
        <translation>左右</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>不高于</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>超过</translation>
    </message>
    <message>
        <source>up</source>
        <translation>增</translation>
    </message>
    <message>
        <source>down</source>
        <translation>减</translation>
    </message>
    <message>
        <source>level</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>增速</translation>
    </message>
    <message>
        <source>change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>FileTypes</name>
    <message>
        <source>Reports and documents ({patterns})</source>
        <translation>报告和文档 ({patterns})</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>网页 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Texts (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>JSON reports (*.json)</source>
        <translation>JSON 报告 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>Find figures and text (Ctrl+F)</source>
        <translation>查找数据和文字（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter the sections and figures of the whole report; Esc clears</source>
        <translation>在整份报告中筛选小节和数据；按 Esc 清除</translation>
    </message>
</context>
<context>
    <name>FolderImportDialog</name>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Looking for report files in {folder}…</source>
        <translation>正在 {folder} 中查找报告文件…</translation>
    </message>
    <message>
        <source>Export Failures…</source>
        <translation>导出失败列表…</translation>
    </message>
    <message>
        <source>{done} of {total} files, {failed} failed</source>
        <translation>已完成 {done}/{total} 个文件，失败 {failed} 个</translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation>，约剩 {seconds} 秒</translation>
    </message>
    <message>
        <source>Cancelling: finishing the files being imported…</source>
        <translation>正在取消：完成正在导入的文件…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export Failures</source>
        <translation>导出失败列表</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>FoundModel</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
</context>
<context>
    <name>KeywordControls</name>
    <message>
        <source>&amp;Words:</source>
        <translation>词语(&amp;W)：</translation>
    </message>
    <message>
        <source>Words to count, separated by spaces or commas</source>
        <translation>要统计的词，用空格或逗号分隔</translation>
    </message>
    <message>
        <source>Each word is counted as written, without overlap: 新 in 创新 counts</source>
        <translation>按原文逐字统计，不重叠计数：“创新”中的“新”也计入</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>统计范围：</translation>
    </message>
    <message>
        <source>&amp;Titles</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>The headings of chapters and sections</source>
        <translation>各章节的标题</translation>
    </message>
    <message>
        <source>Fro&amp;nt matter</source>
        <translation>导语(&amp;N)</translation>
    </message>
    <message>
        <source>Ch&amp;art:</source>
        <translation>图表(&amp;A)：</translation>
    </message>
    <message>
        <source>The headline and the text before the first chapter</source>
        <translation>文首标题及第一章之前的文字</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <source>The paragraphs of the chapters, the closing and appendices</source>
        <translation>各章段落、结束语和附件</translation>
    </message>
    <message>
        <source>The word the charts show; the tables show all</source>
        <translation>图表显示的词；表格显示全部</translation>
    </message>
    <message>
        <source>per 10,000 &amp;characters</source>
        <translation>每万字(&amp;C)</translation>
    </message>
    <message>
        <source>Chart counts per 10,000 characters of the counted text, so that long and short sections compare; the tables show both</source>
        <translation>图表按每万字计数，便于比较长短不同的章节；表格两者都显示</translation>
    </message>
</context>
<context>
    <name>KeywordsView</name>
    <message>
        <source>whole report</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>titles</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>front matter (headline, intro)</source>
        <translation>导语（题头、引言）</translation>
    </message>
    <message>
        <source>body text (chapters, sections, closing)</source>
        <translation>正文（各章节、结语）</translation>
    </message>
    <message>
        <source>Counts nothing: titles, front matter and body text are all left out</source>
        <translation>不统计任何文本：标题、导语和正文均不计入</translation>
    </message>
    <message>
        <source>Counts {counted}</source>
        <translation>统计{counted}</translation>
    </message>
    <message>
        <source>Counts {counted}; leaves out {left_out}</source>
        <translation>统计{counted}；不计{left_out}</translation>
    </message>
    <message>
        <source>Rule: {rule}. Rates are per 10,000 characters of the counted text, whitespace left out.</source>
        <translation>规则：{rule}。频率按所统计文本每万字计算，不计空白。</translation>
    </message>
    <message>
        <source>Source: {where} · Rule: {rule}</source>
        <translation>来源：{where} · 规则：{rule}</translation>
    </message>
    <message>
        <source>{word} per 10k</source>
        <translation>{word} 每万字</translation>
    </message>
    <message>
        <source>{where}
“{word}”: {count} ({rate} per 10,000 characters)</source>
        <translation>{where}
“{word}”：{count} 次（每万字 {rate} 次）</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>小节</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>“{word}” per 10,000 characters, per chapter</source>
        <translation>各章“{word}”每万字频次</translation>
    </message>
    <message>
        <source>“{word}” per chapter</source>
        <translation>各章“{word}”出现次数</translation>
    </message>
    <message>
        <source>“{word}” per 10,000 characters, per subsection</source>
        <translation>各小节“{word}”每万字频次</translation>
    </message>
    <message>
        <source>“{word}” per subsection</source>
        <translation>各小节“{word}”出现次数</translation>
    </message>
    <message>
        <source>“{word}” per 10,000 characters, per subsection of {chapter}</source>
        <translation>{chapter}各小节“{word}”每万字频次</translation>
    </message>
    <message>
        <source>“{word}” per subsection of {chapter}</source>
        <translation>{chapter}各小节“{word}”出现次数</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>文首标题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>导语</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后文</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Per 10k</source>
        <translation>每万字</translation>
    </message>
    <message>
        <source>Top words of {scope}, per 10,000 characters</source>
        <translation>{scope}高频词（每万字）</translation>
    </message>
    <message>
        <source>Top words of {scope}</source>
        <translation>{scope}高频词</translation>
    </message>
    <message>
        <source>{word}: {count} ({rate} per 10,000 characters)</source>
        <translation>{word}：{count} 次（每万字 {rate} 次）</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>“{word}” per 10,000 characters, per report</source>
        <translation>各报告“{word}”每万字频次</translation>
    </message>
    <message>
        <source>“{word}” per report</source>
        <translation>各报告“{word}”出现次数</translation>
    </message>
    <message>
        <source>C&amp;ounts and Context</source>
        <translation>计数与上下文(&amp;O)</translation>
    </message>
    <message>
        <source>How often the words occur per chapter and subsection, and every occurrence</source>
        <translation>各章节中词语出现的次数，以及每一处出现</translation>
    </message>
    <message>
        <source>To&amp;p Words</source>
        <translation>高频词(&amp;P)</translation>
    </message>
    <message>
        <source>The most frequent words of the selected section</source>
        <translation>所选小节中出现最多的词</translation>
    </message>
    <message>
        <source>Across &amp;Reports</source>
        <translation>跨报告(&amp;R)</translation>
    </message>
    <message>
        <source>The words in every loaded report</source>
        <translation>这些词在每份已加载报告中的情况</translation>
    </message>
    <message>
        <source>Across the &amp;Library</source>
        <translation>全库(&amp;L)</translation>
    </message>
    <message>
        <source>The words in every report of the library, by report, year, level or region</source>
        <translation>这些词在库中每份报告中的情况，可按报告、年份、级别或地区汇总</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Prefectural</source>
        <translation>地级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Development zones</source>
        <translation>开发区</translation>
    </message>
    <message>
        <source>Opened files</source>
        <translation>已打开的文件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message numerus="yes">
        <source>%n report(s) of the library listed</source>
        <translation>
            <numerusform>已列出库中 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>目录</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) of the library stay closed until opened</source>
        <translation>
            <numerusform>库中 %n 份报告未展开，打开时再显示其目录</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <source>Stopped opening {path}</source>
        <translation>已停止打开 {path}</translation>
    </message>
    <message>
        <source>Save Report as JSON</source>
        <translation>将报告另存为 JSON</translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation>报告 (*.json)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Keywords across the library</source>
        <translation>全库关键词</translation>
    </message>
    <message>
        <source>Group b&amp;y:</source>
        <translation>汇总方式(&amp;Y)：</translation>
    </message>
    <message>
        <source>Type one or more words to count them.</source>
        <translation>输入一个或多个词进行统计。</translation>
    </message>
    <message>
        <source>The library is empty: File ▸ Open Folder… adds reports to it.</source>
        <translation>库中还没有报告：用“文件 ▸ 打开文件夹…”添加报告。</translation>
    </message>
    <message>
        <source>Counting across the library…</source>
        <translation>正在统计全库…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) of the library</source>
        <translation>
            <numerusform>库中 %n 份报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{shown} of {total} figures match “{text}”</source>
        <translation>{total} 个数据中有 {shown} 个匹配“{text}”</translation>
    </message>
    <message>
        <source>{title}: {total} figures</source>
        <translation>{title}：{total} 个数据</translation>
    </message>
    <message>
        <source>{title} — workreport</source>
        <translation>{title} — workreport</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>数据(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>对比(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>序列(&amp;S)</translation>
    </message>
    <message>
        <source>A target and its outcome year by year, from report to report</source>
        <translation>逐年对照目标与完成情况：目标见当年报告，完成情况见次年报告</translation>
    </message>
    <message>
        <source>The selected section&apos;s figures, text and charts</source>
        <translation>所选小节的数据、原文和图表</translation>
    </message>
    <message>
        <source>Count words per section and read them in context</source>
        <translation>按小节统计词频，并查看上下文</translation>
    </message>
    <message>
        <source>One figure or target across all reports</source>
        <translation>在所有报告中对比同一指标或目标</translation>
    </message>
    <message>
        <source>workreport {version}

Reads Chinese government work reports as data: sections, figures and keywords.

Report shown: {title}
Data source: {source}</source>
        <translation>workreport {version}

把政府工作报告读成数据：章节、数据与关键词。

当前报告：{title}
数据来源：{source}</translation>
    </message>
    <message>
        <source>About workreport</source>
        <translation>关于 workreport</translation>
    </message>
</context>
<context>
    <name>OpenProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop opening the document</source>
        <translation>停止打开该文档</translation>
    </message>
    <message>
        <source>page %v of %m</source>
        <translation>第 %v 页，共 %m 页</translation>
    </message>
</context>
<context>
    <name>PasteAsReport</name>
    <message>
        <source>&amp;Paste as Report</source>
        <translation>粘贴为报告(&amp;P)</translation>
    </message>
    <message>
        <source>Open the copied text of a report (from a web page or a document) as a report</source>
        <translation>将复制的报告文字（来自网页或文档）作为报告打开</translation>
    </message>
    <message>
        <source>Importing the clipboard…</source>
        <translation>正在导入剪贴板…</translation>
    </message>
    <message>
        <source>Pasted {title}</source>
        <translation>已粘贴 {title}</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 个数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Region unknown</source>
        <translation>地区不详</translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation>年份不详</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>no report of this year</source>
        <translation>本年无报告</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>未设定目标</translation>
    </message>
    <message>
        <source>no report of the next year</source>
        <translation>次年无报告</translation>
    </message>
    <message>
        <source>next report states only a multi-year figure</source>
        <translation>次年报告只给出多年数字（年均或累计）</translation>
    </message>
    <message>
        <source>not stated in the next report</source>
        <translation>次年报告未提及</translation>
    </message>
    <message>
        <source>met</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Met?</source>
        <translation>是否完成</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Target in</source>
        <translation>目标出处</translation>
    </message>
    <message>
        <source>Outcome in</source>
        <translation>完成情况出处</translation>
    </message>
    <message>
        <source>Target sentence</source>
        <translation>目标原句</translation>
    </message>
    <message>
        <source>Outcome sentence</source>
        <translation>完成情况原句</translation>
    </message>
    <message>
        <source>Series: {measure}, {region}; targets and the next year&apos;s outcomes</source>
        <translation>序列：{measure}，{region}；目标及次年报告的完成情况</translation>
    </message>
    <message>
        <source>Each year&apos;s target is from that year&apos;s report, its outcome from the review in the next year&apos;s report; where the next report gives none for that year alone, the note says why. Met in {met} of {judged} years with both. Hover a row for its sentences, double-click a target or outcome to read it in its report.</source>
        <translation>每年的目标取自当年报告，完成情况取自次年报告的工作回顾；次年报告未给出该年单独数字的，“说明”一栏写明原因。在目标与完成情况俱全的 {judged} 年中完成 {met} 年。鼠标悬停可看原句，双击目标或完成情况可跳到报告原文。</translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>导出图表为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <translation>导出图表为 SVG(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <source>{label} ({count} years)</source>
        <translation>{label}（{count} 年）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Target: {value}</source>
        <translation>目标：{value}</translation>
    </message>
    <message>
        <source>Outcome: {value}</source>
        <translation>完成：{value}</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Measures some report of the region sets as a target</source>
        <translation>该地区报告中设为目标的指标</translation>
    </message>
</context>
<context>
    <name>StoreCompare</name>
    <message>
        <source>Comparing across the library…</source>
        <translation>正在整个文库中对比…</translation>
    </message>
</context>
<context>
    <name>StoreFindPanel</name>
    <message>
        <source>Finding “{text}” in the library…</source>
        <translation>正在全库查找“{text}”…</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n 句</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>“{text}”: {sentences} in {reports} of the library</source>
        <translation>“{text}”：库中 {reports}，共 {sentences}</translation>
    </message>
    <message>
        <source> (finding more…)</source>
        <translation>（仍在查找…）</translation>
    </message>
    <message>
        <source>Found in the library</source>
        <translation>全库查找结果</translation>
    </message>
</context>
<context>
    <name>StoreSeries</name>
    <message>
        <source>Listing the library&apos;s regions…</source>
        <translation>正在列出文库中的地区…</translation>
    </message>
    <message>
        <source>Reading the reports of {region}…</source>
        <translation>正在读取{region}的报告…</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Whole Table</source>
        <translation>复制整张表(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>导出表格(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>TopWordsPage</name>
    <message>
        <source>&amp;Show the top</source>
        <translation>显示前(&amp;S)</translation>
    </message>
    <message>
        <source> words</source>
        <translation> 个词</translation>
    </message>
    <message>
        <source>Top words</source>
        <translation>高频词</translation>
    </message>
    <message>
        <source>Cutting the text into words (a second, the first time)…</source>
        <translation>正在分词（首次约需一秒）…</translation>
    </message>
    <message>
        <source>{words} words in {characters} characters, stop words left out</source>
        <translation>{characters} 字中共 {words} 个词（不含停用词）</translation>
    </message>
    <message>
        <source>No text is counted here under this rule.</source>
        <translation>按此规则这里没有可统计的文本。</translation>
    </message>
    <message>
        <source>No words to show.</source>
        <translation>没有可显示的词。</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Words over the years: no region has reports of two years</source>
        <translation>历年词频：没有哪个地区有两年以上的报告</translation>
    </message>
    <message>
        <source>{region}: per 10,000 characters, year by year</source>
        <translation>{region}：每万字出现次数，逐年</translation>
    </message>
    <message>
        <source>{region}: occurrences, year by year</source>
        <translation>{region}：出现次数，逐年</translation>
    </message>
</context>
<context>
    <name>ViewsController</name>
    <message numerus="yes">
        <source>Copied %n row(s) as a table</source>
        <translation>
            <numerusform>已复制 %n 行表格</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 行写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>This view shows no chart to export.</source>
        <translation>此视图没有可导出的图表。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Report as JSON…</source>
        <translation>将报告另存为 JSON(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the current report, e.g. an imported text, as a JSON report</source>
        <translation>将当前报告（例如导入的文本）保存为 JSON 报告</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close workreport</source>
        <translation>关闭 workreport</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected cells, or the whole table, for a spreadsheet or a document</source>
        <translation>复制选中的单元格（或整张表），可粘贴到电子表格或文档</translation>
    </message>
    <message>
        <source>Save the table of the view in front as CSV or Excel</source>
        <translation>将当前视图的表格保存为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>Open a report (.json) or a document (.txt, .docx, .pdf, .html)</source>
        <translation>打开报告（.json）或文档（.txt、.docx、.pdf、.html）</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import every report file below a folder into the library</source>
        <translation>把文件夹下的所有报告文件导入资料库</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the charts of the view in front as PNG or SVG</source>
        <translation>将当前视图的图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select every cell of the table in front</source>
        <translation>选择当前表格的所有单元格</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Filter the sections and figures of the whole report</source>
        <translation>在整份报告中筛选小节和数据</translation>
    </message>
    <message>
        <source>C&amp;lear Find</source>
        <translation>清除查找(&amp;L)</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>重新显示全部内容</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>全部展开(&amp;E)</translation>
    </message>
    <message>
        <source>Show every section in the tree</source>
        <translation>在目录树中显示所有小节</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <source>Show only the chapters</source>
        <translation>只显示各章</translation>
    </message>
    <message>
        <source>Show Source &amp;Text</source>
        <translation>显示原文(&amp;T)</translation>
    </message>
    <message>
        <source>The section&apos;s text, figures highlighted</source>
        <translation>本节原文，数据高亮显示</translation>
    </message>
    <message>
        <source>Show C&amp;harts</source>
        <translation>显示图表(&amp;H)</translation>
    </message>
    <message>
        <source>Bar charts of the section&apos;s figures</source>
        <translation>本节数据的条形图</translation>
    </message>
    <message>
        <source>&amp;About workreport</source>
        <translation>关于 workreport(&amp;A)</translation>
    </message>
    <message>
        <source>Version and data source</source>
        <translation>版本与数据来源</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Open Folder of Reports</source>
        <translation>打开报告文件夹</translation>
    </message>
</context>
</TS>
