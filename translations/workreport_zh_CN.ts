<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>“{keyword}” per section</source>
        <translation>各节“{keyword}”字数</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>This section has no figures to chart.</source>
        <translation>本节没有可绘制的数据。</translation>
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
        <source>Section</source>
        <translation>小节</translation>
    </message>
</context>
<context>
    <name>FigureTableView</name>
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
        <source>Municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县级</translation>
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
    <name>MainWindow</name>
    <message>
        <source>{shown} of {total} figures match “{text}”</source>
        <translation>{total} 个数据中有 {shown} 个匹配“{text}”</translation>
    </message>
    <message>
        <source>{title}: {total} figures</source>
        <translation>{title}：{total} 个数据</translation>
    </message>
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
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n figure(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 个数据写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>{path}: could not be written</source>
        <translation>{path}：无法写入</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Reports (*.json *.txt);;All files (*)</source>
        <translation>报告 (*.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{title} — workreport</source>
        <translation>{title} — workreport</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a report (.json) or a report&apos;s text (.txt)</source>
        <translation>打开报告（.json）或报告文本（.txt）</translation>
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
        <source>Save the figure table as CSV or Excel</source>
        <translation>将数据表保存为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>Export &amp;Charts…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the charts as PNG or SVG</source>
        <translation>将图表保存为 PNG 或 SVG</translation>
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
        <source>Select &amp;All Figures</source>
        <translation>全选数据(&amp;A)</translation>
    </message>
    <message>
        <source>Select every figure in the table</source>
        <translation>选中表格中的全部数据</translation>
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
    <message>
        <source>Find figures and text (Ctrl+F)</source>
        <translation>查找数据和文字（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter the sections and figures of the whole report; Esc clears</source>
        <translation>在整份报告中筛选小节和数据；按 Esc 清除</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>目录</translation>
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
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
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
    <name>SectionTreeModel</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 个数据</numerusform>
        </translation>
    </message>
</context>
</TS>
