/*
 * juece workbench: writes a dossier tree (what POST /v1/parse answers, edited by the form) as
 * juece/v1 YAML. Small on purpose: block mappings, lists of scalars in flow style ([a, b]) as the
 * SPEC's examples write them, lists of mappings as block items; a string is written plain only when
 * the reader cannot take it for anything else (a boolean, null, a number, an indicator, a comment),
 * else double-quoted. Dates (YYYY-MM-DD) stay plain: the reader reads them as text and the format
 * as dates. Reading is the server's: there is one reader (POST /v1/parse).
 * Plain ES2017 (no newer syntax): it runs in Chromium 90 (the 360 / QQ dual-core browsers).
 */
(function (global) {
  'use strict';

  var RESERVED = /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN|[-+]\.inf|[-+]\.Inf|[-+]\.INF|<<|=)$/;
  var DATE = /^\d{4}-\d{2}-\d{2}$/;
  var NUMBER_LIKE = /^[-+.]?\d/;
  var INDICATOR_FIRST = /^[-?:,\[\]{}#&*!|>'"%@`]/;
  var KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

  function quote(s) {
    var out = '"';
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      var code = s.charCodeAt(i);
      if (c === '"' || c === '\\') {
        out += '\\' + c;
      } else if (c === '\n') {
        out += '\\n';
      } else if (c === '\t') {
        out += '\\t';
      } else if (c === '\r') {
        out += '\\r';
      } else if (code < 0x20 || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) {
        out += '\\u' + ('000' + code.toString(16)).slice(-4);
      } else {
        out += c;
      }
    }
    return out + '"';
  }

  /** Whether a string may stand plain; {@code flow}: inside [ ], where , [ ] { } end a value. */
  function plainOk(s, flow) {
    if (s.length === 0 || s !== s.trim()) return false;
    if (DATE.test(s)) return true;
    if (RESERVED.test(s) || NUMBER_LIKE.test(s) || INDICATOR_FIRST.test(s)) return false;
    if (s.indexOf(': ') >= 0 || s.indexOf(' #') >= 0 || s.charAt(s.length - 1) === ':') return false;
    if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s)) return false;
    if (flow && /[,\[\]{}]/.test(s)) return false;
    return true;
  }

  function scalar(v, flow) {
    if (v === null || v === undefined) return flow ? 'null' : '';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'number') return isFinite(v) ? String(v) : quote(String(v));
    var s = String(v);
    return plainOk(s, flow) ? s : quote(s);
  }

  function key(k) {
    return KEY.test(k) || /^[\u4e00-\u9fff]+$/.test(k) ? k : quote(k);
  }

  function isScalar(v) {
    return v === null || v === undefined || typeof v !== 'object';
  }

  /** The keys of a mapping in the order {@code order} gives (the format's), the others after them as they were. */
  function orderedKeys(obj, order) {
    var keys = Object.keys(obj);
    if (!order) return keys;
    var known = [];
    var rest = [];
    keys.forEach(function (k) { (order.indexOf(k) >= 0 ? known : rest).push(k); });
    known.sort(function (a, b) { return order.indexOf(a) - order.indexOf(b); });
    return known.concat(rest);
  }

  /**
   * Writes {@code value} (a mapping) as YAML. {@code orderOf(path)} may give the key order of the
   * mapping at a path ('' the root, 'legality_review', 'evidence[]'); keys it does not name follow.
   */
  function emit(value, orderOf) {
    var lines = [];
    orderOf = orderOf || function () { return null; };
    mapping(value, 0, '', lines, orderOf);
    return lines.join('\n') + '\n';
  }

  function mapping(obj, indent, path, lines, orderOf, firstPrefix) {
    var pad = new Array(indent + 1).join(' ');
    var keys = orderedKeys(obj, orderOf(path));
    keys.forEach(function (k, i) {
      var v = obj[k];
      var prefix = i === 0 && firstPrefix !== undefined ? firstPrefix : pad;
      var childPath = path === '' ? k : path + '.' + k;
      var head = prefix + key(k) + ':';
      if (isScalar(v)) {
        var s = scalar(v, false);
        lines.push(s === '' ? head : head + ' ' + s);
      } else if (Array.isArray(v)) {
        list(v, indent, childPath, head, lines, orderOf);
      } else if (Object.keys(v).length === 0) {
        lines.push(head + ' {}');
      } else {
        lines.push(head);
        mapping(v, indent + 2, childPath, lines, orderOf);
      }
    });
  }

  function list(arr, indent, path, head, lines, orderOf) {
    if (arr.length === 0) {
      lines.push(head + ' []');
      return;
    }
    if (arr.every(isScalar)) {
      lines.push(head + ' [' + arr.map(function (v) { return scalar(v, true); }).join(', ') + ']');
      return;
    }
    lines.push(head);
    var pad = new Array(indent + 3).join(' ');
    arr.forEach(function (item) {
      if (isScalar(item)) {
        lines.push(pad + '- ' + scalar(item, false));
      } else if (Array.isArray(item)) {
        // a list in a list: not in the format; written in flow style so that nothing is lost
        lines.push(pad + '- ' + JSON.stringify(item));
      } else if (Object.keys(item).length === 0) {
        lines.push(pad + '- {}');
      } else {
        mapping(item, indent + 4, path + '[]', lines, orderOf, pad + '- ');
      }
    });
  }

  global.JueceYaml = { emit: emit, scalar: scalar, plainOk: plainOk };
})(this);
