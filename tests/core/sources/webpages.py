"""Saved web pages built around a real report's text, as a government site lays one out: a
navigation bar, a breadcrumb, the article, a share bar, related links, a footer and scripts."""

from __future__ import annotations

from html import escape

NAV = "".join(
    f'<li><a href="/{i}.html">{name}</a></li>'
    for i, name in enumerate(["首页", "政务公开", "政务服务", "互动交流", "走进本市", "专题专栏"])
)
RELATED = "".join(
    f'<li><a href="/news/{i}.html">关于印发第{i}批重点项目清单的通知（2025年第{i}号）</a>'
    f"<span>2025-01-{10 + i}</span></li>"
    for i in range(1, 9)
)


def saved_page(text: str, *, charset: str = "utf-8", title: str = "") -> str:
    """An HTML page that holds ``text`` (one paragraph a line) as its article."""
    lines = [line for line in text.splitlines() if line.strip()]
    title = title or lines[0]
    paragraphs = "\n".join(f'<p style="text-indent:2em">{escape(line)}</p>' for line in lines[1:])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{escape(title)}_人民政府门户网站</title>
<script>var _hmt = _hmt || []; document.write("统计代码 2025年增长100%");</script>
<style>.nav {{ color: red }}</style>
</head><body>
<div class="header"><div class="logo">人民政府门户网站</div>
<ul class="nav">{NAV}</ul>
<form class="search"><input name="q" value="搜索"></form></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府工作报告</div>
<div class="main"><div class="article">
<h1>{escape(title)}</h1>
<div class="info">发布时间：2025-01-20 09:30　来源：本网　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div id="zoom" class="content">
{paragraphs}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a>　[打印本页] [关闭窗口]</div>
</div>
<div class="sidebar"><h3>相关链接</h3><ul>{RELATED}</ul></div></div>
<div class="footer"><p>主办：人民政府办公厅　承办：大数据中心</p>
<p>网站标识码：1100000088　京ICP备05060933号　京公网安备 11010502038405号</p>
<p>联系电话：010-12345678　地址：某某大街1号</p></div>
<script src="/js/jquery.min.js"></script><script>$(function(){{ console.log("增长8%") }});</script>
</body></html>
"""
