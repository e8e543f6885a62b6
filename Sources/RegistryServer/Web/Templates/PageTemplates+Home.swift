extension PageTemplates {
    static let home = #"""
{{#searching}}
<section aria-labelledby="results">
<h1 id="results">{{resultCount}} {{resultNoun}} for “{{query}}”</h1>
{{#truncated}}<p class="note">Showing the first {{shown}}; refine the search to see the others.</p>{{/truncated}}
{{#groups}}
<h2>{{title}}</h2>
<ul class="results">
{{#items}}<li><a href="{{href}}">{{name}}</a> <span class="where">{{detail}}</span></li>
{{/items}}
</ul>
{{/groups}}
</section>
{{/searching}}
<section aria-labelledby="modules">
<h{{modulesLevel}} id="modules">Modules</h{{modulesLevel}}>
{{#hasModules}}
<div class="scroll">
<table>
<caption class="visually-hidden">Modules of this registry</caption>
<thead><tr><th scope="col">Module</th><th scope="col">Latest</th><th scope="col">Published</th><th scope="col">Versions</th></tr></thead>
<tbody>
{{#modules}}<tr><th scope="row"><a href="{{href}}">{{name}}</a></th><td>{{#latest}}<a href="{{latestHref}}">{{latest}}</a>{{/latest}}{{^latest}}all yanked{{/latest}}</td><td><time datetime="{{publishedISO}}">{{published}}</time></td><td>{{versions}}</td></tr>
{{/modules}}
</tbody>
</table>
</div>
{{/hasModules}}
{{^hasModules}}<p>No module is published here yet{{#private}} that this token may read{{/private}}. Publish one with <code>protopkg publish DIR --registry URL</code>.</p>{{/hasModules}}
</section>
"""#
}
