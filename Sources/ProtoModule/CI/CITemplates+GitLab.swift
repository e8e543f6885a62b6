import ProtoPackaging

extension CITemplates {
    /// A GitLab CI pipeline; findings go to the merge request's code-quality widget
    /// (`--error-format gitlab-code-quality`).
    static func gitlab(_ name: ModuleName) -> String {
        header(name, .gitlab, comment: "#") + """

        #
        # Set once, under Settings > CI/CD > Variables:
        #   PROTOPKG_TOKEN     a token with scope publish:\(name) (masked and protected)
        #   PROTOPKG_REGISTRY  the registry's URL (unless protopkg.yaml names it)
        #   PROTOPKG_IMAGE     the protopkg toolchain image (protopkg's build/Dockerfile)

        variables:
          MODULE_DIR: "."   # the directory holding protopkg.yaml
          GIT_DEPTH: "0"    # history and tags: the last release when the registry has none
          # GitLab caches paths inside the project only, so protopkg's cache (~/.cache/protopkg) moves there.
          XDG_CACHE_HOME: "$CI_PROJECT_DIR/.cache"

        default:
          image: "$PROTOPKG_IMAGE"
          cache:
            key: protopkg
            paths:
              - .cache/protopkg/
          before_script:
            - git config --global --add safe.directory "$CI_PROJECT_DIR"

        workflow:
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS
              when: never
            - if: $CI_COMMIT_BRANCH
            - if: $CI_COMMIT_TAG

        stages:
          - check
          - publish

        check:
          stage: check
          script:
            - |
              status=0
              protopkg lint "$MODULE_DIR" || status=1
              protopkg lint "$MODULE_DIR" --error-format gitlab-code-quality > gl-code-quality-lint.json || true
              # The newest release not above the declared version (for the version check), and the same
              # within the declared version's major (for breaking changes: a new major may break).
              against="$(protopkg ci against "$MODULE_DIR")"
              line="$(protopkg ci against "$MODULE_DIR" --same-line)"
              if [ -n "$line" ]; then
                protopkg breaking "$MODULE_DIR" --against "$line" || status=1
                protopkg breaking "$MODULE_DIR" --against "$line" --error-format gitlab-code-quality > gl-code-quality-breaking.json || true
              fi
              # A module that does not compile has no report (the error is in the log above); GitLab wants one.
              for report in gl-code-quality-lint.json gl-code-quality-breaking.json; do
                [ -s "$report" ] || echo '[]' > "$report"
              done
              protopkg version check "$MODULE_DIR" ${against:+--against "$against"} || status=1
              exit $status
          artifacts:
            when: always
            reports:
              codequality:
                - gl-code-quality-lint.json
                - gl-code-quality-breaking.json

        publish:
          stage: publish
          script:
            - protopkg build "$MODULE_DIR"
            - protopkg publish "$MODULE_DIR"
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
            - if: $CI_COMMIT_TAG =~ /^v[0-9]+[.][0-9]+[.][0-9]+/

        """
    }
}
