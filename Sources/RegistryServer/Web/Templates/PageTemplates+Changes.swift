extension PageTemplates {
    static let source = #"""
<nav aria-label="Breadcrumb" class="crumbs"><a href="/">Modules</a> / <a href="{{moduleHref}}">{{module}}</a> / <a href="{{docsHref}}">{{version}}</a> / <span>{{path}}</span></nav>
<h1 class="path">{{path}}</h1>
<p class="meta">{{module}} {{version}} · {{lineCount}} lines · <a href="{{docsHref}}">API docs</a></p>
<pre class="source" tabindex="0" aria-label="Source of {{path}}"><code>{{{code}}}</code></pre>
"""#

    static let diff = #"""
<nav aria-label="Breadcrumb" class="crumbs"><a href="/">Modules</a> / <a href="{{moduleHref}}">{{module}}</a> / <span>changes {{from}}…{{to}}</span></nav>
<h1>{{module}}: <a href="{{fromHref}}">{{from}}</a> → <a href="{{toHref}}">{{to}}</a></h1>
<p class="verdict {{verdictClass}}" id="verdict">{{verdict}}</p>
<dl class="summary">
<dt>The changes require</dt><dd><span class="badge bump-{{required}}" id="required-bump">{{required}}</span></dd>
<dt>The versions make</dt><dd>{{#made}}<span class="badge bump-{{made}}">{{made}}</span>{{/made}}{{^made}}—{{/made}}</dd>
<dt>Honoured</dt><dd id="honoured">{{honoured}}</dd>
</dl>
{{#hasBreaking}}
<section aria-labelledby="breaking">
<h2 id="breaking">Breaking changes ({{breakingCount}})</h2>
{{#breakingTable}}{{>entries}}{{/breakingTable}}
</section>
{{/hasBreaking}}
{{#hasAdditions}}
<section aria-labelledby="additions">
<h2 id="additions">Additions ({{additionsCount}})</h2>
{{#additionsTable}}{{>entries}}{{/additionsTable}}
</section>
{{/hasAdditions}}
{{#hasChanges}}
<section aria-labelledby="changes">
<h2 id="changes">Other changes ({{changesCount}})</h2>
{{#changesTable}}{{>entries}}{{/changesTable}}
</section>
{{/hasChanges}}
{{^hasAny}}<p>{{from}} and {{to}} have the same API{{#identical}} and the same bytes{{/identical}}.</p>{{/hasAny}}
<form class="picker" method="get" action="{{pickerAction}}">
<label for="from">Compare</label> <select id="from" name="from">{{#choices}}<option{{#selectedFrom}} selected{{/selectedFrom}}>{{v}}</option>{{/choices}}</select>
<label for="to">with</label> <select id="to" name="to">{{#choices}}<option{{#selectedTo}} selected{{/selectedTo}}>{{v}}</option>{{/choices}}</select>
<button type="submit">Show changes</button>
</form>
"""#

    static let entries = #"""
<div class="scroll">
<table class="changes" id="{{id}}">
<caption class="visually-hidden">{{caption}}</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">Change</th><th scope="col">In {{from}}</th><th scope="col">In {{to}}</th></tr></thead>
<tbody>
{{#items}}<tr><td><code class="rule">{{rule}}</code></td><td>{{message}}{{#elementHref}} <a href="{{elementHref}}" aria-label="Docs of {{element}}">docs</a>{{/elementHref}}</td><td>{{#previousHref}}<a href="{{previousHref}}">{{previousLabel}}</a>{{/previousHref}}</td><td>{{#currentHref}}<a href="{{currentHref}}">{{currentLabel}}</a>{{/currentHref}}</td></tr>
{{/items}}
</tbody>
</table>
</div>
"""#
}
