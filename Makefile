# The course's two everyday commands are `make site` and `make test`; both install what is missing.
SWIFT ?= swift

.PHONY: site test bench deps clean

deps:
	@bash scripts/ensure-deps.sh

## Build the course site into Output/ (executes every lesson; cached results are reused).
site: deps
	$(SWIFT) run lessons build

## Run every test: the CI workflow's lint, unit and integration tests, every lesson's own checks, then
## the built pages in headless Chromium (installed when missing; skipped with a reason where it cannot be).
test:
	@WITH_BROWSER=1 bash scripts/ensure-deps.sh || bash scripts/ensure-deps.sh
	bash scripts/lint-workflows.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SWIFT) run lessons verify
	$(SWIFT) run lessons build --out .build/test-site
	bash scripts/browser-test.sh .build/test-site

## Benchmarks: GANCore against JAX and NumPy, and the build cache.
bench: deps
	bash Benchmarks/run.sh

clean:
	rm -rf .build .lessons-cache Output/*.html Output/assets
