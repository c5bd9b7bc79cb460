// Every bundled diagram, drawn: nothing but drawing elements and attributes reaches the page.
import { renderToStaticMarkup } from 'react-dom/server';

import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { compileSources } from '@/scripts/read-decks';

const ELEMENTS = new Set(['svg', 'g', 'rect', 'path', 'polygon', 'text', 'tspan', 'circle']);
const ATTRIBUTES = new Set([
  'viewbox',
  'class',
  'role',
  'aria-label',
  'aria-hidden',
  'data-diagram',
  'data-region',
  'data-mark',
  'tabindex',
  'x',
  'y',
  'width',
  'height',
  'rx',
  'd',
  'points',
  'font-size',
  'text-anchor',
  'dy',
  'cx',
  'cy',
  'r',
]);

/** Elements and attribute names in SVG markup, read with the browser's own parser (jsdom). */
function inventory(markup: string) {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const all = [doc.documentElement, ...Array.from(doc.documentElement.querySelectorAll('*'))];
  return {
    elements: new Set(all.map((e) => e.tagName.toLowerCase())),
    attributes: new Set(all.flatMap((e) => Array.from(e.attributes).map((a) => a.name.toLowerCase()))),
  };
}

const { diagrams } = compileSources();

describe.each(diagrams.map((d) => [d.id, d] as const))('diagram %s, drawn', (_id, diagram) => {
  it.each([
    ['as a picture', { label: diagram.title }],
    [
      'masked, marked and counted',
      {
        label: diagram.title,
        masked: [diagram.regions[1].id],
        marks: { [diagram.regions[3].id]: 'right' as const },
        counts: { [diagram.regions[2].id]: 3 },
      },
    ],
    ['with tappable regions', { label: diagram.title, onPick: () => undefined }],
  ])('%s, holds only drawing elements and attributes', (_how, props) => {
    const { elements, attributes } = inventory(renderToStaticMarkup(<DiagramSvg diagram={diagram} {...props} />));
    expect([...elements].filter((e) => !ELEMENTS.has(e))).toEqual([]);
    expect([...attributes].filter((a) => !ATTRIBUTES.has(a))).toEqual([]);
  });
});

it('the inventory notices what is not drawing', () => {
  const { elements, attributes } = inventory(
    '<svg xmlns="http://www.w3.org/2000/svg"><script>x</script><image href="https://example.com/a.png" onload="x()"/></svg>',
  );
  expect([...elements].filter((e) => !ELEMENTS.has(e))).toEqual(['script', 'image']);
  expect([...attributes].filter((a) => !ATTRIBUTES.has(a))).toEqual(['xmlns', 'href', 'onload']);
});
