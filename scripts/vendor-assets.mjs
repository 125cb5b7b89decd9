// Copies the front-end packages Maatwerk serves into maatwerk/static/vendor/, so Django's
// static files pipeline (whitenoise) serves them without a bundler.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

const target = join("maatwerk", "static", "vendor");
const files = {
  "htmx.min.js": "node_modules/htmx.org/dist/htmx.min.js",
  "utrecht/index.css": "node_modules/@utrecht/component-library-css/dist/index.css",
  "voorbeeld-tokens/theme.css":
    "node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css",
};

for (const [name, source] of Object.entries(files)) {
  const destination = join(target, name);
  mkdirSync(dirname(destination), { recursive: true });
  copyFileSync(source, destination);
  console.log(`vendored ${destination}`);
}
