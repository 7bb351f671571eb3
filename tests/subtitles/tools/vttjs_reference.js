// Reference output of Mozilla's vtt.js (the WebVTT parser of browser polyfills) for one .vtt file, as the JSON
// that `cairn-cli subtitles` writes: {"format","cues":[{start_ms,end_ms,text}]} where text is the cue
// fragment's DOM textContent. Run by make_reference.sh with NODE_PATH pointing at a temporary vtt.js install.
// Usage: node vttjs_reference.js FILE.vtt
'use strict';
const fs = require('fs');
// vtt.js sniffs the user agent once at load time; Node 20 has no navigator.
if (typeof globalThis.navigator === 'undefined') globalThis.navigator = { userAgent: 'node' };
const { WebVTT, VTTCue, VTTRegion } = require('vtt.js');

// The few DOM calls vtt.js makes to build a cue fragment; textContent follows the DOM rules
// (text nodes only, processing instructions such as <00:01.000> contribute nothing).
class Node {
  constructor(text) { this.children = []; this.text = text; this.parentNode = null; }
  appendChild(n) { n.parentNode = this; this.children.push(n); return n; }
  get textContent() { return this.text !== undefined ? this.text : this.children.map(c => c.textContent).join(''); }
}
const document = {
  createElement: () => new Node(undefined),
  createTextNode: (t) => new Node(t),
  createProcessingInstruction: () => { const n = new Node(''); n.isPI = true; return n; },
};
const window = { document, VTTCue, VTTRegion };

function decode(bytes) {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes); // strips a UTF-8 BOM
}

const text = decode(fs.readFileSync(process.argv[2]));
const cues = [];
const errors = [];
let ok = true;
const parser = new WebVTT.Parser(window, WebVTT.StringDecoder());
parser.oncue = (cue) => cues.push(cue);
parser.onparsingerror = (e) => { errors.push(e.message); if (/signature|header/i.test(e.message)) ok = false; };
try {
  parser.parse(text);
  parser.flush();
} catch (e) {
  ok = false;
  errors.push(String(e.message || e));
}
const out = cues
  .map((c, i) => ({ i, start_ms: Math.round(c.startTime * 1000), end_ms: Math.round(c.endTime * 1000),
                    text: (WebVTT.convertCueToDOMTree(window, c.text) || new Node('')).textContent }))
  .sort((a, b) => a.start_ms - b.start_ms || a.i - b.i)
  .map(({ i, ...rest }) => rest);
process.stdout.write(JSON.stringify({ format: 'vtt', ok, reference: 'vtt.js 0.13.0', cues: out,
                                      parser_errors: errors }, null, 1) + '\n');
