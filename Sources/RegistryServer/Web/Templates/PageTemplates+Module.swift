extension PageTemplates {
    static let module = #"""
<nav aria-label="Breadcrumb" class="crumbs"><a href="/">Modules</a> / <span>{{name}}</span></nav>
<h1>{{name}}</h1>
{{#latest}}<p>Latest: <a href="{{latestHref}}">{{latest}}</a>, published <time datetime="{{latestISO}}">{{latestDate}}</time>.</p>{{/latest}}
{{^latest}}<p>Every version is yanked.</p>{{/latest}}

{{#hasInstall}}
<section aria-labelledby="install">
<h2 id="install">Install {{installVersion}}</h2>
<ul class="install">
{{#install}}<li><span class="tool" id="tool-{{tool}}">{{label}}</span>
<div class="command"><pre><code id="install-{{tool}}">{{command}}</code></pre>
<button type="button" class="copy" data-copy="{{command}}" aria-label="Copy the {{label}} command" aria-describedby="tool-{{tool}}">Copy</button></div></li>
{{/install}}
</ul>
</section>
{{/hasInstall}}

<section aria-labelledby="versions">
<h2 id="versions">Versions</h2>
<div class="scroll">
<table class="versions">
<caption class="visually-hidden">Published versions of {{name}}, newest first</caption>
<thead><tr><th scope="col">Version</th><th scope="col">Published</th><th scope="col">Bump</th><th scope="col">Changes from the version below</th></tr></thead>
<tbody>
{{#versions}}<tr{{#yanked}} class="yanked"{{/yanked}}><th scope="row"><a href="{{href}}">{{version}}</a>{{#yanked}} <span class="badge warn">yanked</span>{{/yanked}}</th>
<td><time datetime="{{iso}}">{{date}}</time></td>
<td>{{#bump}}<span class="badge bump-{{bump}}">{{bump}}</span>{{/bump}}{{^bump}}first{{/bump}}{{#dishonoured}} <span class="badge bad" title="the change requires a {{required}} bump">needs {{required}}</span>{{/dishonoured}}</td>
<td>{{#diffHref}}<a href="{{diffHref}}">{{impact}}</a> <span class="where">(from {{against}})</span>{{/diffHref}}{{^diffHref}}{{impact}}{{/diffHref}}</td></tr>
{{/versions}}
</tbody>
</table>
</div>
{{#pickable}}
<form class="picker" method="get" action="{{diffAction}}">
<label for="from">Compare</label> <select id="from" name="from">{{#choices}}<option{{#selectedFrom}} selected{{/selectedFrom}}>{{v}}</option>{{/choices}}</select>
<label for="to">with</label> <select id="to" name="to">{{#choices}}<option{{#selectedTo}} selected{{/selectedTo}}>{{v}}</option>{{/choices}}</select>
<button type="submit">Show changes</button>
</form>
{{/pickable}}
</section>

<section aria-labelledby="deps">
<h2 id="deps">Dependencies</h2>
{{#hasDeps}}<ul>{{#deps}}<li>{{#href}}<a href="{{href}}">{{name}}</a>{{/href}}{{^href}}{{name}}{{/href}} <code>{{range}}</code></li>{{/deps}}</ul>{{/hasDeps}}
{{^hasDeps}}<p>None{{#latest}} (as of {{latest}}){{/latest}}.</p>{{/hasDeps}}
<h2 id="dependents">Dependents</h2>
{{#hasDependents}}<ul>{{#dependents}}<li><a href="{{href}}">{{name}}</a> {{version}} <code>{{range}}</code></li>{{/dependents}}</ul>{{/hasDependents}}
{{^hasDependents}}<p>No module here depends on {{name}}.</p>{{/hasDependents}}
</section>
"""#
}
