#!/usr/bin/env python3
"""Runs the shell of one job of a pipeline that `protopkg init --ci` wrote, in the current
directory, the way its CI would: GitHub Actions `run:` steps (with their `if:` conditions,
`env:`, step outputs through $GITHUB_OUTPUT), GitLab `script:` lines (with the job's and the
file's `variables:` and `rules:`), or the Jenkinsfile's `sh '…'` steps (with its `when` on the
branch). `uses:` steps (checkout, cache) are the CI's own and are skipped.

  run_pipeline.py github|gitlab|jenkins FILE JOB --branch NAME [--tag vX.Y.Z] [--default-branch main]

Prints each step as it runs; exits 0 when every step that ran succeeded, else with the first
failure's status. A job whose rules exclude this ref exits 3 without running anything.
"""
import argparse
import os
import re
import subprocess
import sys

from ruamel.yaml import YAML


def sh(command, env):
    print(f"+ {command}", flush=True)
    return subprocess.run(["bash", "-e", "-c", command], env=env).returncode


class GitHub:
    def __init__(self, doc, args):
        self.doc = doc
        self.args = args
        ref = f"refs/tags/{args.tag}" if args.tag else f"refs/heads/{args.branch}"
        self.context = {"github.event_name": "push", "github.ref": ref,
                        "github.event.repository.default_branch": args.default_branch}
        self.outcomes, self.outputs = {}, {}

    def value(self, name):
        if name.startswith("steps."):
            parts = name.split(".")
            if parts[2] == "outcome":
                return self.outcomes.get(parts[1], "")
            return self.outputs.get(parts[1], {}).get(parts[3], "")
        if name.startswith(("vars.", "secrets.")):
            return os.environ.get(name.split(".", 1)[1], "")
        return self.context[name]

    def evaluate(self, expression, failed):
        text = expression.strip()
        if text.startswith("${{"):
            text = text[3:-2]
        text = re.sub(r"\b(?:steps|github|vars|secrets)\.[A-Za-z0-9_.]+", lambda m: repr(self.value(m.group(0))), text)
        text = text.replace("!cancelled()", "True").replace("&&", " and ").replace("||", " or ")
        text = re.sub(r"!(?!=)", " not ", text)
        functions = {"format": lambda f, *a: f.format(*a), "startsWith": lambda s, p: s.startswith(p), "True": True}
        result = eval(text, {"__builtins__": {}}, functions)
        # GitHub's implicit success(): a step without !cancelled()/always() is skipped after a failure.
        return bool(result) and ("!cancelled()" in expression or not failed)

    def substitute(self, text):
        return re.sub(r"\$\{\{\s*([^}]+?)\s*\}\}", lambda m: str(self.value(m.group(1))), str(text))

    def run(self, job_name):
        job = self.doc["jobs"][job_name]
        if "if" in job and not self.evaluate(job["if"], False):
            print(f"job {job_name} does not run for {self.context['github.ref']}")
            return 3
        status = 0
        output_file = os.path.abspath(".github-output")
        for index, step in enumerate(job["steps"]):
            if "uses" in step:
                continue
            step_id = step.get("id", f"step{index}")
            if "if" in step and not self.evaluate(step["if"], status != 0):
                print(f"- skipped: {step.get('name', step_id)}")
                continue
            env = dict(os.environ)
            for scope in (self.doc.get("env", {}), job.get("env", {}), step.get("env", {})):
                env.update({k: self.substitute(v) for k, v in scope.items()})
            env.update({"GITHUB_OUTPUT": output_file, "GITHUB_WORKSPACE": os.getcwd(), "CI": "true"})
            open(output_file, "w").close()
            print(f"- {step.get('name', step_id)}", flush=True)
            code = sh(step["run"], env)
            self.outcomes[step_id] = "success" if code == 0 else "failure"
            with open(output_file) as f:
                self.outputs[step_id] = dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
            if code != 0 and status == 0:
                status = code
        return status


class GitLab:
    def __init__(self, doc, args):
        self.doc = doc
        self.args = args
        self.variables = {"CI_PROJECT_DIR": os.getcwd(), "CI_DEFAULT_BRANCH": args.default_branch,
                          "CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "" if args.tag else args.branch,
                          "CI_COMMIT_TAG": args.tag or "", "CI_OPEN_MERGE_REQUESTS": ""}

    def rule_matches(self, condition):
        text = re.sub(r"\$([A-Z_]+)", lambda m: repr(self.variables.get(m.group(1), "")), condition)
        text = re.sub(r"(\S+) =~ /(.+?)/", lambda m: f"__match({m.group(1)}, {m.group(2)!r})", text)
        text = text.replace("&&", " and ").replace("||", " or ")
        return bool(eval(text, {"__builtins__": {}}, {"__match": lambda s, p: re.search(p, s) is not None}))

    def included(self, rules):
        for rule in rules:
            if "if" not in rule or self.rule_matches(rule["if"]):
                return rule.get("when", "on_success") != "never"
        return False

    def run(self, job_name):
        if not self.included(self.doc.get("workflow", {}).get("rules", [{}])):
            print("the workflow does not run for this ref")
            return 3
        job = self.doc[job_name]
        if "rules" in job and not self.included(job["rules"]):
            print(f"job {job_name} does not run for this ref")
            return 3
        env = dict(os.environ)
        env.update(self.variables)
        env["CI"] = "true"
        for scope in (self.doc.get("variables", {}), job.get("variables", {})):
            for key, value in scope.items():
                env[key] = re.sub(r"\$([A-Z_]+)", lambda m: env.get(m.group(1), ""), str(value))
        lines = list(self.doc.get("default", {}).get("before_script", [])) + list(job["script"])
        # GitLab runs the lines in one shell that stops at the first failing one.
        return sh("\n".join(lines), env)


class Jenkins:
    def __init__(self, text, args):
        self.text = text
        self.args = args

    def run(self, _job):
        env = dict(os.environ)
        env["BRANCH_NAME"] = self.args.tag or self.args.branch
        status = 0
        for stage in re.finditer(r"stage\('([^']+)'\)\s*\{(.*?)\n        \}", self.text, re.S):
            name, body = stage.group(1), stage.group(2)
            when = re.search(r"when \{(.*?)\n            \}", body, re.S)
            if when:
                branches = re.findall(r"branch '([^']+)'", when.group(1))
                tags = re.findall(r"tag pattern: '([^']+)', comparator: 'REGEXP'", when.group(1))
                runs = (not self.args.tag and self.args.branch in branches) or \
                       any(self.args.tag and re.fullmatch(p, self.args.tag) for p in tags)
                if not runs:
                    print(f"- stage {name}: skipped (when)")
                    continue
            print(f"- stage {name}", flush=True)
            for command in re.findall(r"sh '([^']+)'", body):
                code = sh(command, env)
                if code != 0:
                    return code  # a failing stage ends a declarative pipeline
        return status


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("provider", choices=["github", "gitlab", "jenkins"])
    parser.add_argument("file")
    parser.add_argument("job")
    parser.add_argument("--branch", default="main")
    parser.add_argument("--tag")
    parser.add_argument("--default-branch", default="main")
    args = parser.parse_args()
    if args.provider == "jenkins":
        runner = Jenkins(open(args.file).read(), args)
    else:
        doc = YAML(typ="safe").load(open(args.file))
        runner = (GitHub if args.provider == "github" else GitLab)(doc, args)
    sys.exit(runner.run(args.job))


if __name__ == "__main__":
    main()
