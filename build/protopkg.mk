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
	$(RUN) build $(DIR)
python go descriptor: $(IMAGE_DEP)
	$(RUN) build $(DIR) --target $@
lint: $(IMAGE_DEP)
	$(RUN) lint $(DIR) --error-format $(ERROR_FORMAT)
# AGAINST= (empty) means there is nothing to compare with.
breaking: $(IMAGE_DEP)
	$(if $(AGAINST),$(RUN) breaking $(DIR) --against $(AGAINST) --error-format $(ERROR_FORMAT),@echo "breaking: nothing to compare with")
version-check: $(IMAGE_DEP)
	$(RUN) version check $(DIR) $(if $(AGAINST),--against $(AGAINST))
# version-check against the last release (the registry's newest version not above the declared
# one, else the newest such vX.Y.Z tag before HEAD, else none), and breaking against the same
# within the declared version's major: `protopkg ci against` says which and why.
release-check: $(IMAGE_DEP)
	@against="$$($(RUN) ci against $(DIR))" && line="$$($(RUN) ci against $(DIR) --same-line)" || exit 1; \
	$(MAKE) --no-print-directory -f $(PROTOPKG_MK) breaking AGAINST="$$line" && \
	$(MAKE) --no-print-directory -f $(PROTOPKG_MK) version-check AGAINST="$$against"
publish: all
	$(RUN) publish $(DIR) $(if $(REGISTRY),--registry $(REGISTRY))
image:
	docker build -t $(IMAGE) -f $(MODULE_DIR)/build/Dockerfile $(MODULE_DIR)/build
