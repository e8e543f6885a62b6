import ProtoPackaging

extension CITemplates {
    /// A declarative Jenkinsfile for a multibranch job, calling the rules of the `build/Makefile`
    /// that `protopkg init` writes (`lint`, `release-check`, `publish`).
    static func jenkins(_ name: ModuleName) -> String {
        header(name, .jenkins, comment: "//") + """

        //
        // It calls the rules of build/Makefile (`make -C build …`), written by `protopkg init`. The agent
        // needs make, git and protopkg with its toolchain: the protopkg toolchain image (protopkg's
        // build/Dockerfile), or the release tarball and Debian's protoc. Its ~/.cache/protopkg stays
        // between runs. For the tag fallback the checkout must fetch tags (Advanced clone behaviours).
        //
        // Set once: a "Secret text" credential 'protopkg-token' (a token with scope publish:\(name)),
        // and the registry in protopkg.yaml (`registry: URL`) or as PROTOPKG_REGISTRY on the agent.
        pipeline {
            agent any
            environment {
                PROTOPKG_TOKEN = credentials('protopkg-token')
            }
            options {
                disableConcurrentBuilds()
            }
            stages {
                stage('Lint') {
                    steps {
                        sh 'make -C build lint'
                    }
                }
                stage('Breaking changes and version') {
                    steps {
                        sh 'make -C build release-check'
                    }
                }
                stage('Build and publish') {
                    when {
                        anyOf {
                            branch 'main'   // the default branch
                            tag pattern: 'v[0-9]+[.][0-9]+[.][0-9]+.*', comparator: 'REGEXP'
                        }
                    }
                    steps {
                        sh 'make -C build publish'
                    }
                }
            }
        }

        """
    }
}
