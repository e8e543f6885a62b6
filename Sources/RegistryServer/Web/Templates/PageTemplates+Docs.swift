extension PageTemplates {
    static let docs = #"""
<nav aria-label="Breadcrumb" class="crumbs"><a href="/">Modules</a> / <a href="{{moduleHref}}">{{module}}</a> / <span>{{version}}</span>{{#package}} / <span>{{package}}</span>{{/package}}</nav>
<h1>{{module}} <span class="version">{{version}}</span>{{#yanked}} <span class="badge warn">yanked</span>{{/yanked}}</h1>
<p class="meta">Published <time datetime="{{iso}}">{{date}}</time>{{#diffHref}} · <a href="{{diffHref}}">changes from {{against}}</a>{{/diffHref}} · <a href="{{moduleHref}}">all versions</a>{{#package}} · <a href="{{indexHref}}">all packages</a>{{/package}}</p>
{{#yanked}}<p class="warn-box" role="note">This version is yanked: installs that do not pin it exactly skip it.</p>{{/yanked}}
{{#hasIndex}}{{{indexHTML}}}{{/hasIndex}}
{{#packages}}{{{.}}}{{/packages}}
{{#hasFiles}}
<section aria-labelledby="files">
<h2 id="files">Files</h2>
<ul class="files">
{{#files}}<li><a href="{{href}}">{{path}}</a></li>
{{/files}}
</ul>
</section>
{{/hasFiles}}
"""#

    /// The package index of a large module (rendered once per release: `DocsPage.indexHTML`).
    static let docsIndex = #"""
<section aria-labelledby="packages">
<h2 id="packages">Packages</h2>
<div class="scroll">
<table>
<caption class="visually-hidden">Packages of {{module}} {{version}}</caption>
<thead><tr><th scope="col">Package</th><th scope="col">Files</th><th scope="col">Services</th><th scope="col">Messages</th><th scope="col">Enums</th></tr></thead>
<tbody>
{{#index}}<tr><th scope="row"><a href="{{href}}">{{name}}</a></th><td>{{files}}</td><td>{{services}}</td><td>{{messages}}</td><td>{{enums}}</td></tr>
{{/index}}
</tbody>
</table>
</div>
</section>
"""#

    static let package = #"""
<section class="package" aria-labelledby="pkg-{{name}}">
<h2 id="pkg-{{name}}">package {{name}}{{#hasParts}} <span class="version">part {{part}} of {{partCount}}</span>{{/hasParts}}</h2>
{{#hasParts}}
<nav class="parts" aria-label="Parts of package {{name}}">
<p>This package is large: its docs are in {{partCount}} parts, in the order of its sources.</p>
<ol>
{{#parts}}<li>{{#current}}<span aria-current="page">{{first}} … {{last}}</span>{{/current}}{{^current}}<a href="{{href}}">{{first}} … {{last}}</a>{{/current}}</li>
{{/parts}}
</ol>
</nav>
{{/hasParts}}
{{#hasServices}}
<h3 id="{{name}}-services">Services</h3>
{{#services}}
<section class="element" id="{{anchor}}" aria-labelledby="{{anchor}}-h">
<h4 id="{{anchor}}-h"><a class="anchor" href="#{{anchor}}">service <span class="name">{{name}}</span></a>{{#deprecated}} <span class="badge warn">deprecated</span>{{/deprecated}} <a class="src" href="{{src}}">{{srcLabel}}</a></h4>
<div class="doc">{{{doc}}}</div>
{{#options}}<pre class="options"><code>{{.}}</code></pre>{{/options}}
{{#methods}}
<div class="rpc" id="{{anchor}}">
<h5><a class="anchor" href="#{{anchor}}">rpc <span class="name">{{name}}</span></a>({{#clientStreaming}}<span class="stream">stream</span> {{/clientStreaming}}{{{input}}}) returns ({{#serverStreaming}}<span class="stream">stream</span> {{/serverStreaming}}{{{output}}}) <a class="src" href="{{src}}">{{srcLabel}}</a></h5>
{{#streaming}}<p><span class="badge">{{streaming}}</span></p>{{/streaming}}{{#deprecated}}<p><span class="badge warn">deprecated</span></p>{{/deprecated}}
<div class="doc">{{{doc}}}</div>
{{#options}}<pre class="options"><code>{{.}}</code></pre>{{/options}}
</div>
{{/methods}}
</section>
{{/services}}
{{/hasServices}}
{{#hasMessages}}
<h3 id="{{name}}-messages">Messages</h3>
{{#messages}}{{>message}}{{/messages}}
{{/hasMessages}}
{{#hasEnums}}
<h3 id="{{name}}-enums">Enums</h3>
{{#enums}}{{>enum}}{{/enums}}
{{/hasEnums}}
{{#hasExtensions}}
<h3 id="{{name}}-extensions">Extensions</h3>
<div class="scroll">
<table class="fields">
<caption>Extensions declared in package {{name}}</caption>
<thead><tr><th scope="col">Extension</th><th scope="col">Extends</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead>
<tbody>
{{#extensions}}<tr id="{{anchor}}"><th scope="row"><a class="anchor" href="#{{anchor}}">{{name}}</a> <span class="num">= {{number}}</span> <a class="src" href="{{src}}">{{srcLabel}}</a></th><td>{{{extendee}}}</td><td>{{{type}}}{{#label}} <span class="label">{{label}}</span>{{/label}}</td><td>{{{doc}}}</td></tr>
{{/extensions}}
</tbody>
</table>
</div>
{{/hasExtensions}}
</section>
"""#

    static let message = #"""
<section class="element" id="{{anchor}}" aria-labelledby="{{anchor}}-h">
<h4 id="{{anchor}}-h"><a class="anchor" href="#{{anchor}}">message <span class="name">{{name}}</span></a>{{#deprecated}} <span class="badge warn">deprecated</span>{{/deprecated}} <a class="src" href="{{src}}">{{srcLabel}}</a></h4>
<div class="doc">{{{doc}}}</div>
{{#options}}<pre class="options"><code>{{.}}</code></pre>{{/options}}
{{#hasFields}}
<div class="scroll">
<table class="fields">
<caption>Fields of {{name}}</caption>
<thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Label</th><th scope="col">Description</th></tr></thead>
<tbody>
{{#fields}}<tr id="{{anchor}}"><th scope="row"><a class="anchor" href="#{{anchor}}">{{name}}</a> <span class="num">= {{number}}</span></th><td class="type">{{{type}}}</td><td>{{label}}{{#oneof}}<br>in oneof <code>{{oneof}}</code>{{/oneof}}</td><td>{{#deprecated}}<span class="badge warn">deprecated</span> {{/deprecated}}{{{doc}}}{{#defaultValue}}<p>Default: <code>{{defaultValue}}</code></p>{{/defaultValue}}{{#jsonName}}<p>JSON name: <code>{{jsonName}}</code></p>{{/jsonName}}{{#options}}<code class="opt">{{.}}</code> {{/options}}</td></tr>
{{/fields}}
</tbody>
</table>
</div>
{{/hasFields}}
{{^hasFields}}<p class="note">No fields.</p>{{/hasFields}}
{{#reserved}}<p class="note">Reserved: {{reserved}}</p>{{/reserved}}
</section>
"""#

    static let enumeration = #"""
<section class="element" id="{{anchor}}" aria-labelledby="{{anchor}}-h">
<h4 id="{{anchor}}-h"><a class="anchor" href="#{{anchor}}">enum <span class="name">{{name}}</span></a>{{#deprecated}} <span class="badge warn">deprecated</span>{{/deprecated}} <a class="src" href="{{src}}">{{srcLabel}}</a></h4>
<div class="doc">{{{doc}}}</div>
{{#options}}<pre class="options"><code>{{.}}</code></pre>{{/options}}
<div class="scroll">
<table class="fields values">
<caption>Values of {{name}}</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Number</th><th scope="col">Description</th></tr></thead>
<tbody>
{{#values}}<tr id="{{anchor}}"><th scope="row"><a class="anchor" href="#{{anchor}}">{{name}}</a></th><td>{{number}}</td><td>{{#deprecated}}<span class="badge warn">deprecated</span> {{/deprecated}}{{{doc}}}{{#options}}<code class="opt">{{.}}</code> {{/options}}</td></tr>
{{/values}}
</tbody>
</table>
</div>
{{#reserved}}<p class="note">Reserved: {{reserved}}</p>{{/reserved}}
</section>
"""#
}
