import ProtoPackaging

/// The files `protopkg init` writes. The Makefile fragment is also kept in this repository as
/// `build/protopkg.mk`; a test keeps the two identical.
public enum ModuleTemplates {
    /// Proto packages and directories cannot hold hyphens: `user-api` becomes `user_api`.
    static func protoIdentifier(_ s: String) -> String { s.replacingOccurrences(of: "-", with: "_") }

    static func pascal(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    public static func protoPath(_ name: ModuleName) -> String {
        "proto/\(protoIdentifier(name.owner))/\(protoIdentifier(name.name))/v1/\(protoIdentifier(name.name)).proto"
    }

    public static func manifest(_ name: ModuleName) -> String {
        """
        # protopkg module manifest: https://github.com/protopkg/protopkg (see DESIGN §2)
        name: \(name)
        version: 0.1.0                 # or leave out and tag commits vX.Y.Z
        lint:
          use: [STANDARD]
        breaking:
          use: [FILE]
        targets:
          python: { grpc: true }       # wheel: \(name.pythonDistribution)
          go: { module: example.com/\(name.owner)/\(name.name), grpc: true }   # set your Go module path
          descriptor: {}

        """
    }

    public static func sampleProto(_ name: ModuleName) -> String {
        let package = "\(protoIdentifier(name.owner)).\(protoIdentifier(name.name)).v1"
        let thing = pascal(name.name)
        return """
        syntax = "proto3";

        // Package \(package) is the first version of the \(name) API.
        package \(package);

        // \(thing)Service serves \(thing) resources.
        service \(thing)Service {
          // Get\(thing) returns one \(thing) by its ID.
          rpc Get\(thing)(Get\(thing)Request) returns (Get\(thing)Response);
        }

        // \(thing) is the resource this API serves.
        message \(thing) {
          // id identifies the \(thing).
          string id = 1;
          // display_name is shown to people.
          string display_name = 2;
        }

        // Get\(thing)Request names the \(thing) to return.
        message Get\(thing)Request {
          // id of the \(thing).
          string id = 1;
        }

        // Get\(thing)Response carries the \(thing) found.
        message Get\(thing)Response {
          // \(protoIdentifier(name.name)) is the \(thing) requested.
          \(thing) \(protoIdentifier(name.name)) = 1;
        }

        """
    }

    public static let gitignore = """
    dist/
    .protopkg/

    """

    public static let makefile = """
    # Make-style builds of this API module; written by `protopkg init`.
    #   make -C build python|go|descriptor|all|lint|breaking|version-check|release-check|publish
    # With DOCKER=1 every target runs inside the protopkg toolchain image (build/Dockerfile),
    # so the host needs only make and docker.
    include $(dir $(lastword $(MAKEFILE_LIST)))protopkg.mk

    """

    /// The rules, kept in one fragment so that API repositories and this repository share them.
    public static let makeFragment = """
    # protopkg.mk: rules for building a protopkg module with make.
    PROTOPKG_MK := $(lastword $(MAKEFILE_LIST))
    MODULE_DIR := $(abspath $(dir $(PROTOPKG_MK))..)
    PROTOPKG ?= protopkg
    IMAGE ?= protopkg-module-toolchain
    AGAINST ?= git:HEAD
    REGISTRY ?=
    ERROR_FORMAT ?= text

    ifeq ($(DOCKER),1)
    RUN := docker run --rm -u $$(id -u):$$(id -g) -e PROTOPKG_TOKEN -e PROTOPKG_REGISTRY -v $(MODULE_DIR):/module -w /module $(IMAGE) protopkg
    DIR := /module
    IMAGE_DEP := image
    else
    RUN := $(PROTOPKG)
    DIR := $(MODULE_DIR)
    IMAGE_DEP :=
    endif

    .PHONY: all python go descriptor lint breaking version-check release-check publish image
    all: $(IMAGE_DEP)
    \t$(RUN) build $(DIR)
    python go descriptor: $(IMAGE_DEP)
    \t$(RUN) build $(DIR) --target $@
    lint: $(IMAGE_DEP)
    \t$(RUN) lint $(DIR) --error-format $(ERROR_FORMAT)
    # AGAINST= (empty) means there is nothing to compare with.
    breaking: $(IMAGE_DEP)
    \t$(if $(AGAINST),$(RUN) breaking $(DIR) --against $(AGAINST) --error-format $(ERROR_FORMAT),@echo "breaking: nothing to compare with")
    version-check: $(IMAGE_DEP)
    \t$(RUN) version check $(DIR) $(if $(AGAINST),--against $(AGAINST))
    # version-check against the last release (the registry's newest version not above the declared
    # one, else the newest such vX.Y.Z tag before HEAD, else none), and breaking against the same
    # within the declared version's major: `protopkg ci against` says which and why.
    release-check: $(IMAGE_DEP)
    \t@against="$$($(RUN) ci against $(DIR))" && line="$$($(RUN) ci against $(DIR) --same-line)" || exit 1; \\
    \t$(MAKE) --no-print-directory -f $(PROTOPKG_MK) breaking AGAINST="$$line" && \\
    \t$(MAKE) --no-print-directory -f $(PROTOPKG_MK) version-check AGAINST="$$against"
    publish: all
    \t$(RUN) publish $(DIR) $(if $(REGISTRY),--registry $(REGISTRY))
    image:
    \tdocker build -t $(IMAGE) -f $(MODULE_DIR)/build/Dockerfile $(MODULE_DIR)/build

    """

    public static let dockerfile = """
    # The toolchain image for make-style builds of this module (`make -C build all DOCKER=1`).
    # It starts from the protopkg toolchain image, built once from the protopkg repository with
    #   docker build -t protopkg-toolchain -f build/Dockerfile .
    ARG PROTOPKG_IMAGE=protopkg-toolchain
    FROM ${PROTOPKG_IMAGE}
    WORKDIR /module

    """
}
