// The app's own fonts, bundled by Vite from npm packages into the renderer's files and loaded from
// there (font-src 'self'), never fetched: the same faces on Windows, macOS and Linux, in the UI, on the
// map and in every export. Inter for Latin text, Noto Sans SC for Chinese (Google's unicode-range
// slices, so a face is read only when its characters are on screen). Static weights, not the variable
// builds: Chromium's PDF printer embeds variable fonts as nameless Type 3 fonts, static ones as named,
// subset TrueType. Only the weights the stylesheets use: 400, 600 (Inter; Noto falls to 700) and 700.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-ext-600.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/latin-ext-700.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
