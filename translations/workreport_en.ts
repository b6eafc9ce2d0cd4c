<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcrossPage</name>
    <message>
        <source>Keywords across reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loaded report(s), whole text</source>
        <translation>
            <numerusform>%n loaded report, whole text</numerusform>
            <numerusform>%n loaded reports, whole text</numerusform>
        </translation>
    </message>
    <message>
        <source>Type one or more words to count them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person-times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: the {shown} largest of {total} figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{keyword}” per section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>GDP growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial value added growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed-asset investment growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail sales growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyed urban unemployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New urban jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer price rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (targets in {count} reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared: {query}; {count} of {total} reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest reports of {total} regions, those stored in the library from files included, were compared: {count} of them give this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total} loaded reports give this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels match across different wordings: scope words (全省, 全市) and link words (控制在, 为) are dropped and synonyms are merged (国内生产总值, 地区生产总值, 经济 → 生产总值).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>No report of the library gives this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded report gives this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the year&apos;s main expected targets (主要预期目标)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First per report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each report&apos;s first matching figure, in reading order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concept, a target label, or any figure label you type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <source>Keyword counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one or more words to count them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule counts no text: tick Titles, Front matter or Body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) in context; double-click one to find it in the source text</source>
        <translation>
            <numerusform>%n occurrence in context; double-click it to find it in the source text</numerusform>
            <numerusform>%n occurrences in context; double-click one to find it in the source text</numerusform>
        </translation>
    </message>
    <message>
        <source>The headline says “{word}” occurs {claim} times in the report; this text holds as many, counting everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline says “{word}” occurs {claim} times in the report. This text holds {count}, counting everything ({front} of them in its own headline and intro): it is a summary of the report, not its full text, so it can neither confirm nor refute {claim}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline says “{word}” occurs {claim} times in the report. This text holds {count}, counting everything ({front} of them in its own headline and intro): it is not the whole text the headline counted, so it can neither confirm nor refute {claim}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline says “{word}” occurs {claim} times in the report, but this text holds more ({count}): the headline counts some other text or by another rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline states no count of “{word}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figures} figures · {characters} characters · “{keyword}” occurs {count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its headline says {count} in the full report)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section&apos;s text; click a highlighted figure to find its row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bar chart per kind of quantity; hover a bar for its figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {report}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section has no figures to chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; workreport keeps running. The details are in the log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTypes</name>
    <message>
        <source>Reports and documents ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON reports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>Find figures and text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the sections and figures of the whole report; Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderImportDialog</name>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for report files in {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} files, {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: finishing the files being imported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundModel</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordControls</name>
    <message>
        <source>&amp;Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to count, separated by spaces or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each word is counted as written, without overlap: 新 in 创新 counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headings of chapters and sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;nt matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline and the text before the first chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraphs of the chapters, the closing and appendices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word the charts show; the tables show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per 10,000 &amp;characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart counts per 10,000 characters of the counted text, so that long and short sections compare; the tables show both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordsView</name>
    <message>
        <source>whole report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter (headline, intro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body text (chapters, sections, closing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts nothing: titles, front matter and body text are all left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts {counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts {counted}; leaves out {left_out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: {rule}. Rates are per 10,000 characters of the counted text, whitespace left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {where} · Rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{word} per 10k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}
“{word}”: {count} ({rate} per 10,000 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” per 10,000 characters, per chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” per chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” per 10,000 characters, per subsection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” per subsection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” per 10,000 characters, per subsection of {chapter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” per subsection of {chapter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 10k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top words of {scope}, per 10,000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top words of {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{word}: {count} ({rate} per 10,000 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” per 10,000 characters, per report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” per report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounts and Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the words occur per chapter and subsection, and every occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;p Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most frequent words of the selected section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across &amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words in every loaded report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words in every report of the library, by report, year, level or region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefectural</source>
        <translation>Prefectural</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Development zones</source>
        <translation>Development zones</translation>
    </message>
    <message>
        <source>Opened files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message numerus="yes">
        <source>%n report(s) of the library listed</source>
        <translation>
            <numerusform>%n report of the library listed</numerusform>
            <numerusform>%n reports of the library listed</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) of the library stay closed until opened</source>
        <translation>
            <numerusform>%n report of the library stays closed until opened</numerusform>
            <numerusform>%n reports of the library stay closed until opened</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped opening {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Keywords across the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one or more words to count them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty: File ▸ Open Folder… adds reports to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting across the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) of the library</source>
        <translation>
            <numerusform>%n report of the library</numerusform>
            <numerusform>%n reports of the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{shown} of {total} figures match “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {total} figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — workreport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target and its outcome year by year, from report to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected section&apos;s figures, text and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count words per section and read them in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One figure or target across all reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workreport {version}

Reads Chinese government work reports as data: sections, figures and keywords.

Report shown: {title}
Data source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About workreport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop opening the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteAsReport</name>
    <message>
        <source>&amp;Paste as Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the copied text of a report (from a web page or a document) as a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the clipboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message>
        <source>Region unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>no report of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report of the next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next report states only a multi-year figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated in the next report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series: {measure}, {region}; targets and the next year&apos;s outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each year&apos;s target is from that year&apos;s report, its outcome from the review in the next year&apos;s report; where the next report gives none for that year alone, the note says why. Met in {met} of {judged} years with both. Hover a row for its sentences, double-click a target or outcome to read it in its report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <source>{label} ({count} years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures some report of the region sets as a target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCompare</name>
    <message>
        <source>Comparing across the library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreFindPanel</name>
    <message>
        <source>Finding “{text}” in the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n sentence</numerusform>
            <numerusform>%n sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>“{text}”: {sentences} in {reports} of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (finding more…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSeries</name>
    <message>
        <source>Listing the library&apos;s regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reports of {region}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Whole Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopWordsPage</name>
    <message>
        <source>&amp;Show the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutting the text into words (a second, the first time)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} words in {characters} characters, stop words left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text is counted here under this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Words over the years: no region has reports of two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}: per 10,000 characters, year by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}: occurrences, year by year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewsController</name>
    <message numerus="yes">
        <source>Copied %n row(s) as a table</source>
        <translation type="unfinished">
            <numerusform>Copied %n row as a table</numerusform>
            <numerusform>Copied %n rows as a table</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view shows no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every report file below a folder into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Report as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current report, e.g. an imported text, as a JSON report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close workreport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cells, or the whole table, for a spreadsheet or a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table of the view in front as CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report (.json) or a document (.txt, .docx, .pdf, .html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts of the view in front as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every cell of the table in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the sections and figures of the whole report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every section in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Source &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section&apos;s text, figures highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar charts of the section&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About workreport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Open Folder of Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
