# protopkg.mk: rules for building a protopkg module with make.
MODULE_DIR := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))..)
PROTOPKG ?= protopkg
IMAGE ?= protopkg-module-toolchain
AGAINST ?= git:HEAD
REGISTRY ?=

ifeq ($(DOCKER),1)
RUN := docker run --rm -u $$(id -u):$$(id -g) -e PROTOPKG_TOKEN -v $(MODULE_DIR):/module -w /module $(IMAGE) protopkg
DIR := /module
IMAGE_DEP := image
else
RUN := $(PROTOPKG)
DIR := $(MODULE_DIR)
IMAGE_DEP :=
endif

.PHONY: all python go descriptor lint breaking publish image
all: $(IMAGE_DEP)
	$(RUN) build $(DIR)
python go descriptor: $(IMAGE_DEP)
	$(RUN) build $(DIR) --target $@
lint: $(IMAGE_DEP)
	$(RUN) lint $(DIR)
breaking: $(IMAGE_DEP)
	$(RUN) breaking $(DIR) --against $(AGAINST)
publish: all
	$(RUN) publish $(DIR) $(if $(REGISTRY),--registry $(REGISTRY))
image:
	docker build -t $(IMAGE) -f $(MODULE_DIR)/build/Dockerfile $(MODULE_DIR)/build
