extension PageTemplates {
    static let layout = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} · protopkg registry</title>
<link rel="stylesheet" href="/-/style.css">
<link rel="icon" href="/-/logo.svg" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="top">
<nav aria-label="Registry">
<a class="brand" href="/"><img src="/-/logo.svg" alt="protopkg logo" width="24" height="24"> <span>protopkg registry</span></a>
<form class="search" role="search" action="/" method="get">
<label for="q" class="visually-hidden">Search modules, packages, messages, services and RPCs</label>
<input id="q" name="q" type="search" value="{{query}}" placeholder="Search modules, messages, RPCs…">
<button type="submit">Search</button>
</form>
{{#signedIn}}<form class="signout" method="post" action="/-/logout"><button type="submit">Sign out</button></form>{{/signedIn}}
</nav>
</header>
<main id="main">
{{{body}}}
</main>
<footer class="bottom"><p>protopkg registry · <a href="/api/v1/modules">JSON API</a></p></footer>
<script>{{{script}}}</script>
</body>
</html>

"""#

    static let problem = #"""
<h1>{{heading}}</h1>
<p>{{message}}</p>
<p><a href="/">All modules</a></p>
"""#

    static let login = #"""
<h1>Sign in</h1>
<p>This registry's pages need a token. Paste one (<code>protopkg registry token create --scope read</code>); the
browser keeps a session cookie, and the token itself is not stored in it.</p>
{{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
<form class="login" method="post" action="/-/login">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="next" value="{{next}}">
<label for="token">Token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
"""#
}
