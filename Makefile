# The course's two everyday commands are `make site` and `make test`; both install what is missing.
SWIFT ?= swift

.PHONY: site test bench deps clean

deps:
	@bash scripts/ensure-deps.sh

## Build the course site into Output/ (executes every lesson; cached results are reused).
site: deps
	$(SWIFT) run lessons build

## Run every test: unit and integration tests, then every lesson's own checks.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SWIFT) run lessons verify

## Benchmarks: GANCore against JAX and NumPy, and the build cache.
bench: deps
	bash Benchmarks/run.sh

clean:
	rm -rf .build .lessons-cache Output/*.html Output/assets
