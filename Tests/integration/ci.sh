#!/usr/bin/env bash
# End-to-end test of the CI pipelines `protopkg init --ci` writes: each file passes its CI's
# published JSON schema (PyPI's check-jsonschema, whose schemas ship inside the package, so this
# runs offline), and each pipeline's own shell runs (ci/run_pipeline.py) against a real registry
# on 127.0.0.1: a first release, publishing on the default branch, a republish that changes
# nothing, a breaking change refused with annotations or a code-quality report, the git-tag
# fallback when the registry has no version, and a new major that passes.
#   Tests/integration/ci.sh PATH/TO/protopkg
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
integration_setup "$1"
here="$(cd "$(dirname "$0")" && pwd)"
py="$root/.venv/bin/python"
cjs="$root/.venv/bin/check-jsonschema"
[ -x "$cjs" ] || { echo "not ok - check-jsonschema is installed (scripts/setup.sh installs it)"; echo "0 passed, 1 failed"; exit 1; }

# Nothing outside $work: git's global config (the pipelines' safe.directory), credentials, caches.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=CI GIT_AUTHOR_EMAIL=ci@example.com GIT_COMMITTER_NAME=CI GIT_COMMITTER_EMAIL=ci@example.com
mkdir -p "$HOME" "$work/bin"
ln -s "$protopkg" "$work/bin/protopkg"
export PATH="$work/bin:$PATH"

"$protopkg" registry serve --data "$work/data" --listen 127.0.0.1:0 > "$work/server.out" 2> "$work/server.err" &
server_pid=$!
echo "$server_pid" >> "$work/.server-pids"   # stopped at exit whatever happens (lib.sh)
for _ in $(seq 1 100); do url="$(sed -n 's/^protopkg registry listening on //p' "$work/server.out")"; [ -n "$url" ] && break; sleep 0.1; done
[ -n "${url:-}" ] || { cat "$work/server.err"; echo "not ok - the registry starts"; echo "0 passed, 1 failed"; exit 1; }
export PROTOPKG_REGISTRY="$url"
export PROTOPKG_TOKEN="$("$protopkg" registry token create --data "$work/data" --scope 'publish:acme/*')"

# A module in its own git repository, with the pipeline of $1.
new_module() {
  local provider="$1" dir="$work/$1"
  "$protopkg" init "$dir" --name "acme/$provider-api" --ci "$provider" > /dev/null
  git -C "$dir" init -q -b main
  git -C "$dir" add -A
  git -C "$dir" commit -q -m "acme/$provider-api 0.1.0"
}
pipeline() {  # PROVIDER JOB [--branch B | --tag T]: runs the job in the module, output in $work/out
  local provider="$1" job="$2"; shift 2
  local file; case "$provider" in github) file=.github/workflows/protopkg.yml ;; gitlab) file=.gitlab-ci.yml ;; jenkins) file=Jenkinsfile ;; esac
  # GitHub and Jenkins keep protopkg's default cache (~/.cache/protopkg); GitLab sets its own.
  (cd "$work/$provider" && env -u XDG_CACHE_HOME "$py" "$here/ci/run_pipeline.py" "$provider" "$file" "$job" "$@") > "$work/out" 2>&1
}
proto() { echo "$work/$1/proto/acme/$(echo "$1" | tr - _)_api/v1/$(echo "$1" | tr - _)_api.proto"; }
set_version() { sed -i "s/^version: .*/version: $2/" "$work/$1/protopkg.yaml"; git -C "$work/$1" commit -q -am "$2"; }
delete_field() { sed -i '/string display_name = 2;/d' "$(proto "$1")"; sed -i '/display_name is shown/d' "$(proto "$1")"; git -C "$work/$1" commit -q -am "drop display_name"; }

schemas() {
  for p in github gitlab jenkins; do new_module "$p"; done
  "$cjs" --builtin-schema vendor.github-workflows "$work/github/.github/workflows/protopkg.yml"
  "$cjs" --builtin-schema vendor.gitlab-ci "$work/gitlab/.gitlab-ci.yml"
  # The deployment's compose file, while the validator is at hand.
  "$cjs" --builtin-schema vendor.compose-spec "$root/registry/compose.yaml"
  # A pipeline that breaks the schema is caught: the check can fail.
  sed 's/^on:/no:/' "$work/github/.github/workflows/protopkg.yml" > "$work/broken.yml"
  refute "$cjs" --builtin-schema vendor.github-workflows "$work/broken.yml"
  sed 's/^    when: always/    when: sometimes/' "$work/gitlab/.gitlab-ci.yml" > "$work/broken-gitlab.yml"
  refute "$cjs" --builtin-schema vendor.gitlab-ci "$work/broken-gitlab.yml"
}
ci_init() {
  local s=0; "$protopkg" ci init "$work/github" --ci github 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ] && grep -q 'refusing to overwrite' "$work/err"
  "$protopkg" ci init "$work/github" --ci jenkins | grep -q 'created .*Jenkinsfile'
  rm "$work/github/Jenkinsfile"
}
github() {
  local s=0
  pipeline github check --branch feature; cat "$work/out"
  grep -q 'last release: none' "$work/out"
  grep -q -- '- skipped: Breaking changes' "$work/out"
  s=0; pipeline github publish --branch feature || s=$?; cat "$work/out"; [ "$s" -eq 3 ]; grep -q 'does not run for refs/heads/feature' "$work/out"
  pipeline github publish --branch main; cat "$work/out"
  grep -q 'published acme/github-api@0.1.0' "$work/out"
  pipeline github publish --branch main; cat "$work/out"
  grep -q 'already published with the same content' "$work/out"
  delete_field github
  s=0; pipeline github check --branch feature || s=$?; cat "$work/out"; [ "$s" -ne 0 ]
  grep -q 'last release: registry:0.1.0' "$work/out"
  grep -q '^::error file=proto/acme/github_api/v1/github_api.proto,line=.*title=FIELD_NO_DELETE::' "$work/out"
  grep -q 'version 0.1.0 is lower than the change requires (breaking' "$work/out"
  ls "$HOME/.cache/protopkg/blobs/sha256/"*/*   # the release compared with, in the cache the workflow keeps
  # Below 1.0.0 the minor is the major: 0.2.0 starts a line, so breaking has nothing to compare.
  set_version github 0.2.0
  pipeline github check --branch feature; cat "$work/out"
  grep -q -- '- skipped: Breaking changes' "$work/out"
  grep -q 'ok: 0.2.0 satisfies the change' "$work/out"
  pipeline github publish --tag v0.2.0; cat "$work/out"; grep -q 'published acme/github-api@0.2.0' "$work/out"
}
gitlab() {
  pipeline gitlab check --branch feature; cat "$work/out"
  "$py" -c 'import json, sys; assert json.load(open(sys.argv[1])) == []' "$work/gitlab/gl-code-quality-lint.json"
  local s=0; pipeline gitlab publish --branch feature || s=$?; [ "$s" -eq 3 ]
  pipeline gitlab publish --branch main; cat "$work/out"; grep -q 'published acme/gitlab-api@0.1.0' "$work/out"
  delete_field gitlab
  s=0; pipeline gitlab check --branch feature || s=$?; cat "$work/out"; [ "$s" -ne 0 ]
  "$py" - "$work/gitlab/gl-code-quality-breaking.json" <<'PY'
import json, sys
issues = json.load(open(sys.argv[1]))
assert any(i["check_name"] == "FIELD_NO_DELETE" for i in issues), issues
for i in issues:
    assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(i), i
    assert i["location"]["path"].startswith("proto/") and i["location"]["lines"]["begin"] >= 1, i
PY
  ls "$work/gitlab/.cache/protopkg/blobs/sha256/"*/*   # in the project, where GitLab's cache can keep it
}
jenkins() {
  # No registry version yet, but a release tag: the git fallback.
  git -C "$work/jenkins" tag -a v0.1.0 -m 0.1.0
  sed -i 's/^version: .*/version: 0.1.1/' "$work/jenkins/protopkg.yaml"
  sed -i 's|// display_name is shown to people.|// display_name is shown to people, in full.|' "$(proto jenkins)"
  git -C "$work/jenkins" commit -q -am "a comment: a patch"
  pipeline jenkins main --branch feature; cat "$work/out"
  grep -q 'last release: git:v0.1.0' "$work/out"
  grep -q 'stage Build and publish: skipped' "$work/out"
  grep -q 'ok: 0.1.1 satisfies the change (compatible, a patch bump' "$work/out"
  pipeline jenkins main --branch main; cat "$work/out"
  grep -q 'published acme/jenkins-api@0.1.1' "$work/out"
  # Now the registry is the baseline; a deleted field without a bump stops the pipeline before publishing.
  delete_field jenkins
  local s=0; pipeline jenkins main --branch main || s=$?; cat "$work/out"; [ "$s" -ne 0 ]
  grep -q 'last release: registry:0.1.1' "$work/out"
  grep -q 'FIELD_NO_DELETE' "$work/out"
  refute grep -q 'stage Build and publish' "$work/out"
}

check "check-jsonschema accepts the GitHub workflow, the GitLab pipeline and registry/compose.yaml; rejects broken ones" schemas
check "ci init adds a pipeline to a module and refuses to overwrite one" ci_init
check "GitHub: first release, publish on main only, no-op republish, annotations on a breaking change, a new 0.x line" github
check "GitLab: code-quality reports, publish on the default branch only, a breaking change in the report" gitlab
check "Jenkins (make -C build targets): git tag fallback, publish on main, a breaking change stops before publishing" jenkins
stop_server
finish
