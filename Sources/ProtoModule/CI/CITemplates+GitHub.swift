import ProtoPackaging

extension CITemplates {
    /// A GitHub Actions workflow; findings become annotations on the changed lines.
    static func github(_ name: ModuleName) -> String {
        header(name, .github, comment: "#") + """

        #
        # Set once, in the repository's Settings > Secrets and variables > Actions:
        #   secret   PROTOPKG_TOKEN     a token with scope publish:\(name)
        #   variable PROTOPKG_REGISTRY  the registry's URL (unless protopkg.yaml names it)
        #   variable PROTOPKG_IMAGE     the protopkg toolchain image (protopkg's build/Dockerfile,
        #                               pushed to a container registry your runners can pull from)
        name: protopkg

        on:
          push:
            branches: ["**"]
            tags: ["v*"]
          pull_request:

        permissions:
          contents: read

        env:
          MODULE_DIR: .   # the directory holding protopkg.yaml
          PROTOPKG_REGISTRY: ${{ vars.PROTOPKG_REGISTRY }}
          PROTOPKG_TOKEN: ${{ secrets.PROTOPKG_TOKEN }}

        jobs:
          check:
            runs-on: ubuntu-latest
            container: ${{ vars.PROTOPKG_IMAGE }}
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0   # history and tags: the last release when the registry has none
              - name: Trust the checkout (it belongs to another user than the container's)
                run: git config --global --add safe.directory "$GITHUB_WORKSPACE"
              - uses: actions/cache@v4
                with:
                  path: ~/.cache/protopkg
                  key: protopkg-${{ hashFiles('**/protopkg.lock') }}
                  restore-keys: protopkg-
              - name: Lint
                run: protopkg lint "$MODULE_DIR" --error-format github-actions
              - name: Find the last release
                id: last
                if: ${{ !cancelled() }}
                # against: the newest release not above the declared version, for the version check;
                # line: the same within the declared version's major, for breaking changes (a new
                # major may break; the version check says whether the bump is right).
                run: |
                  against="$(protopkg ci against "$MODULE_DIR")"
                  line="$(protopkg ci against "$MODULE_DIR" --same-line)"
                  echo "against=$against" >> "$GITHUB_OUTPUT"
                  echo "line=$line" >> "$GITHUB_OUTPUT"
              - name: Breaking changes
                if: ${{ !cancelled() && steps.last.outcome == 'success' && steps.last.outputs.line != '' }}
                run: protopkg breaking "$MODULE_DIR" --against "$AGAINST" --error-format github-actions
                env:
                  AGAINST: ${{ steps.last.outputs.line }}
              - name: Version check
                if: ${{ !cancelled() && steps.last.outcome == 'success' }}
                run: protopkg version check "$MODULE_DIR" ${AGAINST:+--against "$AGAINST"}
                env:
                  AGAINST: ${{ steps.last.outputs.against }}

          publish:
            needs: check
            if: ${{ github.event_name == 'push' && (github.ref == format('refs/heads/{0}', github.event.repository.default_branch) || startsWith(github.ref, 'refs/tags/v')) }}
            runs-on: ubuntu-latest
            container: ${{ vars.PROTOPKG_IMAGE }}
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
              - name: Trust the checkout
                run: git config --global --add safe.directory "$GITHUB_WORKSPACE"
              - uses: actions/cache@v4
                with:
                  path: ~/.cache/protopkg
                  key: protopkg-${{ hashFiles('**/protopkg.lock') }}
                  restore-keys: protopkg-
              - name: Build
                run: protopkg build "$MODULE_DIR"
              - name: Publish
                run: protopkg publish "$MODULE_DIR"

        """
    }
}
