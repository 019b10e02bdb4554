import type { RoleGuide } from '../schema';

/**
 * Frontend interviews in India: JavaScript fundamentals (output prediction,
 * polyfills), React and hooks, Angular and RxJS, CSS and the browser, web performance,
 * accessibility, security, testing, and the machine coding round. Questions a
 * full-stack interview also asks carry alsoFor: ['fullstack'].
 */
export const frontend: RoleGuide = {
  role: 'frontend',
  name: 'Frontend',
  summary:
    'Frontend interviews in India test JavaScript fundamentals through output and polyfill questions, React internals and hooks (or Angular and RxJS), CSS and browser behaviour, web performance and security, usually with a machine coding round.',
  topics: [
    {
      id: 'fe-javascript',
      label: 'JavaScript fundamentals',
      terms: [
        'javascript',
        'es6',
        'es2015',
        'ecmascript',
        'vanilla javascript',
        'vanilla js',
        'closures',
        'prototypal inheritance',
        'hoisting',
        'polyfills',
      ],
    },
    {
      id: 'fe-async-js',
      label: 'asynchronous JavaScript',
      // 'event loop' and 'microtasks' are fe-event-loop's own keywords: as topic terms they also credited
      // the Promise combinators and polyfill questions, and the event-loop question lost its edge.
      terms: ['promises', 'async/await', 'asynchronous javascript', 'callbacks', 'fetch api', 'axios'],
    },
    {
      id: 'fe-browser',
      label: 'the DOM and browser APIs',
      terms: [
        'dom',
        'dom manipulation',
        'browser apis',
        'critical rendering path',
        'event delegation',
        'web workers',
        'service workers',
        'localstorage',
        'indexeddb',
        'shadow dom',
        'web components',
      ],
    },
    {
      id: 'fe-react',
      label: 'React',
      // "React.js" and "React 18" match 'react' itself: as terms of their own they counted one library
      // two or three times and buried every specific question under the generic React ones.
      terms: ['react', 'reactjs', 'jsx', 'virtual dom', 'react fiber'],
    },
    {
      id: 'fe-hooks',
      label: 'React hooks',
      terms: [
        'hooks',
        'react hooks',
        'useeffect',
        'usestate',
        'usememo',
        'usecallback',
        'usereducer',
        'useref',
        'usecontext',
        'custom hooks',
      ],
    },
    {
      id: 'fe-angular',
      label: 'Angular',
      // Not 'angularjs': AngularJS (1.x) is a different framework (scopes and the digest cycle), and these
      // questions are about Angular 2+. "Angular JS" written as two words still matches 'angular'. 'rxjs',
      // 'standalone components' and 'angular signals' are their questions' own keywords, so they lead there.
      terms: ['angular', 'angular material', 'angular cli', 'ngrx', 'ngxs', 'mean stack'],
    },
    {
      id: 'fe-state-management',
      label: 'state management',
      terms: [
        'state management',
        'redux',
        'redux toolkit',
        'rtk query',
        'redux saga',
        'redux thunk',
        'zustand',
        'mobx',
        'recoil',
        'jotai',
        'context api',
        'react query',
        'tanstack query',
        'swr',
      ],
    },
    {
      id: 'fe-css',
      label: 'HTML and CSS layout',
      terms: [
        'css',
        'css3',
        'html',
        'html5',
        'flexbox',
        'css grid',
        'tailwind',
        'tailwind css',
        'sass',
        'scss',
        'styled-components',
        'css modules',
        'css-in-js',
        'bootstrap',
        'material ui',
        'mui',
        'bem',
      ],
    },
    {
      id: 'fe-responsive',
      label: 'responsive and cross-browser UI',
      terms: [
        'responsive design',
        'responsive web design',
        'responsive ui',
        'media queries',
        'mobile-first',
        'cross-browser',
        'cross-browser compatibility',
        'pixel-perfect',
        'container queries',
      ],
    },
    {
      id: 'fe-web-performance',
      label: 'web performance and Core Web Vitals',
      terms: [
        'core web vitals',
        'web vitals',
        // The metric names (LCP, INP, CLS, FID) are fe-core-web-vitals' own keywords.
        'lighthouse',
        'pagespeed',
        'pagespeed insights',
        'web performance',
        'frontend performance',
        'page load time',
        'ttfb',
      ],
    },
    {
      id: 'fe-bundling',
      label: 'bundlers and code splitting',
      terms: [
        'webpack',
        'vite',
        'rollup',
        'esbuild',
        'babel',
        'turbopack',
        'code splitting',
        'lazy loading',
        'tree shaking',
        'bundle size',
        'module federation',
        'micro-frontends',
        'microfrontends',
      ],
    },
    {
      id: 'fe-accessibility',
      label: 'accessibility',
      terms: ['accessibility', 'a11y', 'wcag', 'aria', 'screen readers', 'semantic html', 'keyboard navigation', 'section 508'],
    },
    {
      id: 'fe-security',
      label: 'web security',
      terms: [
        'xss',
        'cross-site scripting',
        'csp',
        'content security policy',
        'cors',
        'csrf',
        'xsrf',
        'owasp',
        'web security',
        'same-origin policy',
        'dompurify',
      ],
    },
    {
      id: 'fe-testing',
      label: 'frontend testing',
      terms: [
        'jest',
        'vitest',
        'react testing library',
        'testing library',
        'cypress',
        'playwright',
        'enzyme',
        'unit testing',
        'e2e testing',
        'end-to-end testing',
        'tdd',
        'msw',
      ],
    },
    {
      id: 'fe-typescript',
      label: 'TypeScript',
      terms: ['typescript', 'tsx', 'type safety', 'static typing'],
    },
    {
      id: 'fe-ssr',
      label: 'server-side rendering and Next.js',
      terms: [
        'next.js',
        'nextjs',
        'ssr',
        'server-side rendering',
        'ssg',
        'static site generation',
        'isr',
        'hydration',
        'remix',
        'gatsby',
        'seo',
      ],
    },
    {
      id: 'fe-ui-components',
      label: 'reusable UI components',
      terms: ['machine coding', 'design system', 'component library', 'reusable components', 'ui components', 'storybook', 'figma'],
    },
  ],
  questions: [
    // ------------------------------------------------------------ JavaScript
    {
      id: 'fe-closures',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'What is a closure in JavaScript? Show a practical use and a bug it can cause.',
      guidance:
        'Define it precisely: a function keeps access to the variables of the scope where it was created, even after that outer function has returned, because it holds references to the variables themselves rather than copies of their values. Give real uses such as private state in a counter or module, function factories, memoisation caches and the timer handle inside a debounce. Then show the classic bug: setTimeout callbacks created in a loop over a var variable all print the final value, which let fixes because each iteration gets a fresh binding. A common slip is saying closures copy values; they capture live bindings, which is also why a closure can keep a large object alive and leak memory.',
      topics: ['fe-javascript'],
      keywords: ['closure', 'lexical scope', 'scope chain', 'memoization', 'private variables'],
    },
    {
      id: 'fe-event-loop',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'Explain the browser event loop. What does this print: console.log(1), a setTimeout that logs 2, a resolved promise whose then logs 3, then console.log(4)?',
      guidance:
        'Give the output first: 1, 4, 3, 2. Synchronous code runs to completion on the call stack; the then callback goes on the microtask queue and the timer callback on the task (macrotask) queue. Whenever the call stack empties, for example after each task, the browser drains every microtask, including ones queued during the drain, before it takes the next task or gets a chance to render. Name the other microtask sources (await continuations, queueMicrotask, MutationObserver) and note that requestAnimationFrame callbacks run before the next paint. A common slip is calling setTimeout(fn, 0) immediate: it waits for the stack, all microtasks and any earlier tasks, and an endless chain of microtasks can starve rendering.',
      topics: ['fe-async-js', 'fe-javascript'],
      keywords: ['event loop', 'microtask', 'macrotask', 'call stack', 'settimeout', 'queuemicrotask', 'requestanimationframe'],
    },
    {
      id: 'fe-this-binding',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'How is the value of this decided in JavaScript, and how do call, apply, bind and arrow functions change it?',
      guidance:
        'Explain that this is set by how a function is called, not where it is defined: obj.method() gives obj, a plain call gives undefined in strict mode (the global object in sloppy mode), and new gives the freshly created object. call and apply invoke the function at once with a chosen this, call taking arguments one by one and apply as an array, while bind returns a new function whose this stays fixed, even if bind is called on it again. Arrow functions have no this of their own; they use the this of the enclosing scope, and call or bind cannot change it. A common slip is passing obj.method as a callback and losing this, or writing an object method as an arrow function and expecting it to see the object.',
      topics: ['fe-javascript'],
      keywords: ['this keyword', 'call apply bind', 'arrow functions', 'strict mode', 'execution context'],
    },
    {
      id: 'fe-promise-combinators',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'What is the difference between Promise.all, Promise.allSettled, Promise.race and Promise.any? How do you handle errors with async/await?',
      guidance:
        'Promise.all fulfils with results in input order once every promise fulfils, and rejects as soon as any one rejects; allSettled always fulfils, with a status and a value or reason for each; race settles like whichever promise settles first, success or failure; any fulfils with the first success and rejects with an AggregateError only if all of them reject. Tie each to a use: all for parallel requests that must all succeed, allSettled for a dashboard where some widgets may fail, race for a timeout, any for the fastest of several mirrors. With async/await, wrap awaits in try/catch and start independent requests together before awaiting them. A common slip is believing Promise.all cancels the other requests when one fails; they keep running unless you abort them with an AbortController.',
      topics: ['fe-async-js'],
      keywords: ['promise.all', 'promise.allsettled', 'promise.race', 'promise.any', 'aggregateerror', 'abortcontroller'],
    },
    {
      id: 'fe-prototypes',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'How does prototypal inheritance work in JavaScript, and how do ES6 classes relate to it?',
      guidance:
        "Explain that every object has an internal link to another object, its prototype, and a property lookup walks that chain until it finds the property or reaches null. Constructor functions have a prototype property that becomes the prototype of objects created with new, so methods defined there are shared by every instance instead of copied into each. ES6 class syntax is a cleaner way to build the same chain: extends links the prototypes, super calls the parent constructor or methods, and the result is still prototype-based. Show Object.create and Object.getPrototypeOf for working with the chain directly. A common slip is mixing up a function's prototype property with an object's own prototype link, the one __proto__ exposes.",
      topics: ['fe-javascript'],
      keywords: ['prototype chain', 'prototypal inheritance', 'object.create', 'es6 classes', 'constructor functions'],
    },
    {
      id: 'fe-hoisting-tdz',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'Explain var, let and const, hoisting and the temporal dead zone.',
      guidance:
        'var is function-scoped and its declaration is hoisted and initialised to undefined, so reading it before the assignment gives undefined; let and const are block-scoped and, although also hoisted, stay uninitialised until their declaration runs, so touching them in that temporal dead zone throws a ReferenceError. Function declarations are hoisted together with their body, while function expressions and arrow functions follow the rules of the variable that holds them. const stops the binding from being reassigned, not the object it points to from being mutated. At the top level of a classic script, var creates a property on the global object and let does not. A common slip is claiming let and const are not hoisted at all; the TDZ exists precisely because they are.',
      topics: ['fe-javascript'],
      keywords: ['var let const', 'temporal dead zone', 'tdz', 'block scope', 'referenceerror', 'function scope'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'fe-equality-coercion',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'What is the difference between == and ===, and how does type coercion produce surprising results?',
      guidance:
        'Strict equality compares without converting types, while loose equality converts the operands first by fixed rules: null and undefined equal each other and nothing else, and otherwise values are usually turned into primitives and then numbers. Work through examples: "" == 0 and [] == false are true, null == 0 is false, and NaN equals nothing, itself included, so check it with Number.isNaN. Mention Object.is, which treats NaN as equal to itself and tells 0 from -0, and that objects and arrays compare by reference, so two identical-looking objects are never equal. Recommend === by default, with x == null as the one common idiom for null or undefined. A common slip is relying on truthiness for values such as 0 or an empty string that are valid data but falsy.',
      topics: ['fe-javascript'],
      keywords: ['type coercion', 'strict equality', 'loose equality', 'truthy', 'falsy', 'object.is', 'nan'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'fe-shallow-deep-copy',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'What is the difference between a shallow and a deep copy? How would you deep-clone an object?',
      guidance:
        'A shallow copy, made with spread or Object.assign, creates a new top-level object while nested objects stay shared, so changing a nested field changes the original too. For a deep copy, structuredClone is the built-in choice: it handles nested objects, arrays, Dates, Maps, Sets and circular references, but throws on functions and does not keep class prototypes. The old JSON.parse(JSON.stringify(x)) trick silently drops undefined values and functions, turns Dates into strings and fails on cycles. Be ready to write a recursive clone that tracks visited objects in a WeakMap. Link it to React: updates should copy only the path that changes, and a common slip is mutating a nested object in state, which React cannot detect because the reference is unchanged.',
      topics: ['fe-javascript', 'fe-react'],
      keywords: ['deep copy', 'shallow copy', 'structuredclone', 'spread operator', 'object.assign', 'immutability'],
    },
    {
      id: 'fe-event-delegation',
      category: 'technical',
      role: 'frontend',
      text: 'Explain event bubbling, capturing and event delegation.',
      guidance:
        'A DOM event travels in three phases: capturing from the window down to the target, the target itself, then bubbling back up through the ancestors; addEventListener listens in the bubbling phase unless you pass capture: true. Event delegation uses bubbling to put one listener on a parent and find the item acted on from event.target, usually with closest(), which saves listeners and covers items added later. Separate stopPropagation, which halts the journey, from preventDefault, which cancels the browser default such as a form submission. Note that focus and blur do not bubble, so delegated focus handling uses focusin and focusout. A common slip is reading event.target directly when the click landed on a child, such as an icon inside a button; calling closest() on the target fixes it.',
      topics: ['fe-browser', 'fe-javascript'],
      keywords: ['event bubbling', 'event capturing', 'stoppropagation', 'preventdefault', 'addeventlistener'],
    },
    {
      id: 'fe-web-storage',
      category: 'technical',
      role: 'frontend',
      text: 'Compare cookies, localStorage, sessionStorage and IndexedDB. When would you use each?',
      guidance:
        'Cookies are small, around 4 KB each, travel to the server with every matching request and can be made HttpOnly, Secure and SameSite, which makes them the natural home for session identifiers. localStorage and sessionStorage hold a few megabytes of strings per origin, are synchronous and are never sent automatically; localStorage persists until cleared, while sessionStorage belongs to one tab and ends when the tab closes. IndexedDB is an asynchronous, transactional store for larger structured data and files, suited to offline apps. Point out that any script on the page can read web storage, so it is a poor place for secrets, and that heavy localStorage use blocks the main thread. A common slip is storing an object without JSON.stringify and reading back the string "[object Object]".',
      topics: ['fe-browser', 'fe-security'],
      keywords: ['localstorage', 'sessionstorage', 'web storage', 'offline storage', 'httponly'],
    },
    // ------------------------------------------------------------ React
    {
      id: 'fe-react-reconciliation',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'How does React decide what to update in the DOM? Why do list items need keys, and why is the array index a poor key?',
      guidance:
        'React compares the element tree from each render with the previous one and commits only the differences to the DOM. Its rules: an element of a different type replaces the whole subtree and resets its state, the same type keeps the DOM node and component state and updates the props, and list children are matched by key. With index keys, inserting, deleting or reordering items pairs state and DOM nodes with the wrong items, such as inputs keeping the wrong text, so use stable ids from the data that are unique among siblings. Changing a key on purpose remounts a component, a clean way to reset its state. A common slip is calling the virtual DOM always faster; computing minimal updates has a cost too.',
      topics: ['fe-react'],
      keywords: ['reconciliation', 'diffing', 'key prop', 'virtual dom', 'react keys'],
    },
    {
      id: 'fe-react-rerenders-memo',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'When does a React component re-render? When do React.memo, useMemo and useCallback help, and when do they not?',
      guidance:
        'A component re-renders when its own state changes, when its parent re-renders whatever the props, or when a context it reads changes; rendering means calling the function, and the DOM changes only if the output differs. React.memo skips a render when the props are shallowly equal, useMemo caches a computed value and useCallback caches a function between renders. They help with expensive calculations and with keeping props stable for a memoised child or a dependency array. They do not help when the child is not memoised, when new objects or inline children are passed anyway, when a context the child reads changes, or when the work is cheap, since comparing costs too. A common slip is wrapping everything by reflex instead of measuring with the React DevTools Profiler.',
      topics: ['fe-react', 'fe-hooks'],
      keywords: ['re-render', 'react.memo', 'usememo', 'usecallback', 'memoization', 'react profiler'],
    },
    {
      id: 'fe-useeffect',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'How does useEffect work: its dependency array, its cleanup, and how it differs from useLayoutEffect?',
      guidance:
        'useEffect runs after React commits a render, usually after the browser has painted: with no array after every render, with an empty array once after mount, otherwise when a dependency changes by Object.is. The cleanup runs before the effect runs again and on unmount, which is where you remove listeners, clear timers and abort fetches so a late response cannot overwrite newer state. useLayoutEffect runs after the DOM is updated but before paint, so keep it for measuring layout without a visible flicker. In development, React 18 Strict Mode mounts, unmounts and remounts components to expose missing cleanup. A common slip is a dependency on an object or function created during render, which changes every time and can loop forever.',
      topics: ['fe-hooks', 'fe-react'],
      keywords: ['useeffect', 'uselayouteffect', 'dependency array', 'cleanup function', 'strict mode', 'side effects'],
    },
    {
      id: 'fe-stale-closure-hooks',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'A counter updated inside setInterval in a useEffect with an empty dependency array stops at 1. Why, and how do you fix it?',
      guidance:
        "This is a stale closure: every render creates new functions that capture that render's props and state, and an effect with an empty array only ever sees the first render, so setCount(count + 1) keeps computing 0 + 1. The cleanest fix is the updater form setCount(c => c + 1), which reads the latest state and needs no dependency. Alternatives are listing count as a dependency, which recreates the interval on every change, or keeping the latest value in a ref when a callback must read fresh values without re-subscribing. Mention that the exhaustive-deps lint rule catches most of these bugs. A common slip is silencing that rule instead of fixing the dependency, which hides the bug until it reaches production.",
      topics: ['fe-hooks', 'fe-javascript'],
      keywords: ['stale closure', 'setinterval', 'exhaustive-deps', 'useref', 'functional update'],
    },
    {
      id: 'fe-rules-of-hooks',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'What are the rules of hooks, and how do you write a custom hook?',
      guidance:
        'Hooks must be called at the top level of a function component or another hook, never inside conditions, loops, nested functions or after an early return, because React matches each call to its stored state by call order. A custom hook is a function whose name starts with use and that calls other hooks, which lets you share logic such as useFetch, useDebounce or useLocalStorage between components. Stress that it shares logic, not state: each component that calls it gets its own independent state. Show a tidy interface, for example returning data, error and loading, with cleanup handled inside the hook. A common slip is expecting two components that use the same custom hook to see the same data; shared state needs context or a store.',
      topics: ['fe-hooks'],
      keywords: ['rules of hooks', 'custom hooks', 'eslint-plugin-react-hooks', 'usefetch', 'reusable logic'],
    },
    {
      id: 'fe-state-batching',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'Why does calling setCount(count + 1) three times in one click handler add only 1? How does React batch state updates?',
      guidance:
        'A state setter does not change the variable in the current render; it schedules a re-render, and count keeps the same value throughout that handler, so all three calls ask for the same new value. Use the updater form setCount(c => c + 1) whenever the next state depends on the previous one, and React applies the queued updaters in order. Since React 18 with createRoot, updates are batched automatically everywhere, including promise callbacks, timeouts and native event handlers, not only inside React event handlers as before. flushSync forces an update to commit immediately in the rare case you need the DOM at once. A common slip is logging state right after setting it and concluding that the update failed.',
      topics: ['fe-react', 'fe-hooks'],
      keywords: ['automatic batching', 'setstate', 'usestate', 'updater function', 'flushsync', 'createroot'],
    },
    {
      id: 'fe-choose-state-management',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'How do you decide between local state, Context, Redux Toolkit or Zustand, and a server-state library such as TanStack Query?',
      guidance:
        'Start from the kind of state: UI state used by one component stays local in useState, and state shared by a few siblings is lifted to their common parent. Context suits values that many components read but that change rarely, such as theme, locale or the signed-in user, because every consumer re-renders when the value changes. Redux Toolkit or Zustand suit complex client state shared widely, with selectors so components subscribe only to what they use, and Redux adds devtools and a strict update pattern. Data fetched from the server is really a cache, and TanStack Query, RTK Query or SWR handle its caching, deduplication, refetching and invalidation. A common slip is copying API responses into Redux by hand and rebuilding a worse cache.',
      topics: ['fe-state-management', 'fe-react'],
      keywords: ['context api', 'redux toolkit', 'zustand', 'tanstack query', 'react query', 'server state', 'prop drilling'],
    },
    {
      id: 'fe-redux-flow',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'Explain the Redux data flow. What does Redux Toolkit change, and where do async calls go?',
      guidance:
        'Describe one store holding the state, components dispatching plain action objects, pure reducers returning the next state without mutating the old one, and components reading what they need through selectors with useSelector. Redux Toolkit removes the boilerplate: configureStore sets up the store with devtools and thunk middleware, and createSlice generates action creators and lets you write mutating-style reducer code that Immer turns into immutable updates. Async work belongs in middleware, usually createAsyncThunk, or RTK Query for data fetching, never inside reducers. useSelector re-renders the component when the selected value changes by reference, so memoise derived data with createSelector. A common slip is a selector that returns a new object or array every time, which re-renders the component on every dispatch.',
      topics: ['fe-state-management'],
      keywords: ['redux', 'reducers', 'createslice', 'createasyncthunk', 'useselector', 'immer', 'redux middleware'],
    },
    {
      id: 'fe-controlled-forms',
      category: 'technical',
      role: 'frontend',
      text: 'What is the difference between controlled and uncontrolled components in React? How would you handle a large form?',
      guidance:
        'A controlled input takes its value from React state and reports every change through onChange, so React is the single source of truth and live validation, formatting and conditional fields are easy. An uncontrolled input keeps its value in the DOM, read through a ref or the form data, with defaultValue for the starting value; file inputs are always uncontrolled. For large forms, mention React Hook Form, which leans on uncontrolled inputs to avoid re-rendering the whole form on each keystroke, paired with a schema validator such as zod or yup. Cover when to validate (on blur or submit), error messages linked with aria-describedby, and preventing double submits. A common slip is giving an input an undefined value and later a real one, which flips it from uncontrolled to controlled and triggers a React warning.',
      topics: ['fe-react', 'fe-accessibility'],
      keywords: ['controlled components', 'uncontrolled components', 'react hook form', 'formik', 'form validation', 'zod'],
    },
    // ------------------------------------------------------------ Angular
    {
      id: 'fe-angular-change-detection',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'How does change detection work in Angular, and what does the OnPush strategy change?',
      guidance:
        'Explain the default model: Zone.js patches async browser APIs such as events, timers and XHR, tells Angular when each task ends, and Angular then checks the template bindings of every component from the root down, updating the DOM where a value changed. With ChangeDetectionStrategy.OnPush a component is checked only when an @Input gets a new reference, an event is handled in it or its children, an async pipe in its template emits, a signal its template reads changes, or code calls markForCheck(). That skips whole subtrees on large screens, at the price of immutable updates. In development Angular checks twice, which is where ExpressionChangedAfterItHasBeenCheckedError comes from. Mention trackBy, or track in an @for block, so lists reuse DOM nodes, and that recent versions can run without Zone.js, driven by signals. A common slip is mutating an array or object input in place under OnPush: the reference is unchanged, so the child never updates.',
      topics: ['fe-angular'],
      keywords: [
        'change detection',
        'onpush',
        'zone.js',
        'markforcheck',
        'expressionchangedafterithasbeencheckederror',
        'trackby',
        'zoneless',
      ],
    },
    {
      id: 'fe-angular-rxjs-operators',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'How is an RxJS Observable different from a Promise, and when would you use switchMap, mergeMap, concatMap or exhaustMap?',
      guidance:
        'A Promise starts at once, settles a single time and cannot be cancelled; an Observable is lazy, does nothing until subscribed, can emit many values over time and is cancelled by unsubscribing, which for HttpClient aborts the request. HttpClient observables are cold, so every subscribe sends a new request. The four operators differ in what they do when a new value arrives while the previous inner observable is still running: switchMap cancels it, ideal for typeahead search after debounceTime and distinctUntilChanged; mergeMap runs them all at once, for independent requests; concatMap queues them in order, for saves that must not overtake each other; exhaustMap ignores new values until the current one finishes, for a submit button clicked twice. End long-lived subscriptions with the async pipe or takeUntilDestroyed. A common slip is nesting subscribe inside subscribe, which loses cancellation and error handling; another is switchMap on writes, which can cancel a save halfway.',
      topics: ['fe-angular'],
      keywords: ['rxjs', 'observables', 'switchmap', 'mergemap', 'concatmap', 'exhaustmap', 'async pipe', 'behaviorsubject'],
    },
    {
      id: 'fe-angular-dependency-injection',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: "How does dependency injection work in Angular? What does providedIn: 'root' do, and when do you get more than one instance of a service?",
      guidance:
        "Angular keeps a tree of injectors: when a class asks for a dependency, through its constructor or the inject() function, Angular searches the element injectors of the component and its ancestors, then the environment injectors up to the root. @Injectable({ providedIn: 'root' }) registers one application-wide instance and is tree-shakable, so an unused service drops out of the bundle. Listing a service in a component's providers creates a new instance for each instance of that component, shared with its children, which suits state scoped to one form or widget; providers on a lazy-loaded route get a child injector with its own instance. Use an InjectionToken for values such as configuration, and useClass, useValue or useFactory to swap implementations, for example a mock in TestBed. A common slip is also listing a root service in a component's or lazy route's providers, which quietly creates a second instance whose state the rest of the app never sees.",
      topics: ['fe-angular'],
      keywords: ['dependency injection', 'angular services', 'providedin', 'injector', 'injectiontoken', 'singleton service'],
    },
    {
      id: 'fe-angular-standalone-signals',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'What do standalone components and signals change in modern Angular, compared with NgModules and RxJS-only state?',
      guidance:
        'Standalone components (stable since Angular 15 and the default since 19) import the components, directives and pipes they use themselves, so an app can start with bootstrapApplication, provideRouter and provideHttpClient and lazy-load a route with loadComponent, without any NgModule; the two styles interoperate, so large apps migrate gradually with the Angular schematic. Signals, added in Angular 16, hold a value and notify whatever reads it: signal for writable state, computed for derived values that are cached until an input changes, and effect for side effects. Because Angular knows which templates read which signals, it can refresh only those components, which is what makes running without Zone.js possible. Use signals for synchronous UI state and keep RxJS for streams of events such as HTTP calls, WebSockets or debounced input, bridging the two with toSignal and toObservable. A common slip is using effect to copy one signal into another, which is the job of computed.',
      topics: ['fe-angular'],
      keywords: [
        'standalone components',
        'angular signals',
        'ngmodule',
        'computed signals',
        'tosignal',
        'bootstrapapplication',
        'loadcomponent',
      ],
    },
    // ------------------------------------------------------------ CSS and layout
    {
      id: 'fe-flexbox-vs-grid',
      category: 'technical',
      role: 'frontend',
      text: 'When do you use Flexbox and when CSS Grid?',
      guidance:
        'Flexbox lays items out along one axis, a row or a column, and is driven by the content, which makes it ideal for navbars, toolbars, centring and sharing space among items of unknown size. Grid controls rows and columns together, with tracks defined using fr units, minmax() and named template areas, so it suits page layouts, card galleries and anything that must line up in two dimensions. They combine well, Grid for the overall layout and Flexbox inside each component, and gap works in both. Show repeat(auto-fill, minmax(200px, 1fr)) as a responsive grid without media queries. A common slip is not knowing that flex items default to min-width: auto, so long text or a wide child overflows until you set min-width: 0.',
      topics: ['fe-css', 'fe-responsive'],
      keywords: ['flexbox', 'css grid', 'grid-template-areas', 'justify-content', 'align-items', 'fr unit'],
    },
    {
      id: 'fe-specificity-cascade',
      category: 'technical',
      role: 'frontend',
      text: 'How does the CSS cascade decide which rule wins? Explain specificity.',
      guidance:
        'Walk through the order: origin and importance first (author styles beat browser defaults, and !important declarations reverse the origin order), then cascade layers, then specificity, and finally source order, where the later rule wins a tie. Specificity is compared column by column as IDs, then classes, attributes and pseudo-classes, then elements and pseudo-elements, so no number of classes beats one ID, and inline styles beat any selector. Mention :where(), which adds no specificity, and :is() and :not(), which take the specificity of their most specific argument. Keep inheritance separate: properties such as color and font pass down to children, while margin and border do not. A common slip is winning a fight with !important or an ID, which only escalates the next one; keep specificity low with classes or use layers.',
      topics: ['fe-css'],
      keywords: ['specificity', 'css cascade', 'cascade layers', 'css inheritance', 'css selectors', 'pseudo-classes'],
    },
    {
      id: 'fe-box-model',
      category: 'technical',
      role: 'frontend',
      text: 'Explain the CSS box model and the difference between content-box and border-box.',
      guidance:
        'Every element is a box of content, padding, border and margin, from the inside out. With the default box-sizing: content-box, width and height apply to the content alone, so padding and border are added on top, while border-box counts them inside the declared width, which is why most projects set border-box globally. Explain margin collapsing: the vertical margins of adjacent blocks, or of a parent and its first or last child with nothing between them, merge into the larger one, and this does not happen to flex or grid items. Note that inline elements ignore width, height and vertical margins, and that an outline takes up no space. A common slip is missing collapse when a child margin seems to push the parent down instead of adding space inside it.',
      topics: ['fe-css'],
      keywords: ['box model', 'box-sizing', 'border-box', 'margin collapse', 'padding', 'inline-block'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'fe-responsive-design',
      category: 'technical',
      role: 'frontend',
      text: 'How do you build a responsive layout that works from small phones to large desktops?',
      guidance:
        'Start with the viewport meta tag and a mobile-first approach: base styles for small screens, then min-width media queries that add layout as space grows, with breakpoints placed where the content breaks rather than at particular devices. Reach for fluid tools before breakpoints: percentages, fr units, flex-wrap, min(), max() and clamp() for type and spacing, and rem units so text respects the user font size. Serve suitable images with srcset and sizes or the picture element, and use container queries for components that should adapt to their container rather than the viewport. Test on real phones and check touch targets, not only by resizing a desktop browser. A common slip is fixed pixel widths or heights that overflow on narrow screens and cause horizontal scrolling.',
      topics: ['fe-responsive', 'fe-css'],
      keywords: ['media queries', 'mobile-first', 'viewport', 'srcset', 'clamp', 'rem units', 'breakpoints'],
    },
    // ------------------------------------------------------------ browser and performance
    {
      id: 'fe-critical-rendering-path',
      category: 'technical',
      role: 'frontend',
      text: 'What happens between the browser receiving HTML and pixels appearing on screen? What are reflow and repaint?',
      guidance:
        "Describe the critical rendering path: HTML is parsed into the DOM and CSS into the CSSOM, the two combine into a render tree of visible elements, layout works out each box's size and position, paint fills in pixels, and compositing assembles the layers, often on the GPU. CSS blocks rendering and a plain script tag blocks parsing, so use defer (runs in order after parsing) or async (runs as soon as it downloads, in no guaranteed order). Reflow recomputes layout after geometry changes and can ripple through the page, repaint redraws without layout, as for a colour change, and animating transform or opacity can often skip both in the compositor. A common slip is layout thrashing: reading offsetHeight after each style write in a loop, which forces a synchronous layout every time.",
      topics: ['fe-browser', 'fe-web-performance'],
      keywords: ['reflow', 'repaint', 'cssom', 'render tree', 'layout thrashing', 'render-blocking', 'compositing'],
    },
    {
      id: 'fe-core-web-vitals',
      category: 'technical',
      role: 'frontend',
      text: 'What are the Core Web Vitals, and how would you improve each one?',
      guidance:
        'Name the three: Largest Contentful Paint (good at 2.5 s or less), Interaction to Next Paint (200 ms or less) and Cumulative Layout Shift (0.1 or less), each judged at the 75th percentile of real visits; INP replaced First Input Delay in March 2024. For LCP, speed up the server response, preload the hero image or mark it fetchpriority=high, and never lazy-load it. For INP, break up long tasks and ship less JavaScript. For CLS, give media a width and height, reserve space for late content and control font swaps. A common slip is treating a Lighthouse score as the vitals: a Lighthouse page-load run is a lab test with no user interaction, so it shows Total Blocking Time instead of INP; confirm with field data from CrUX or your own RUM.',
      topics: ['fe-web-performance'],
      keywords: ['core web vitals', 'lcp', 'inp', 'cls', 'fid', 'lighthouse', 'crux', 'long tasks'],
    },
    {
      id: 'fe-code-splitting',
      category: 'technical',
      role: 'frontend',
      text: 'Your JavaScript bundle is too large. How do you shrink it with code splitting, lazy loading and tree shaking?',
      guidance:
        'Measure first with a bundle analyser such as webpack-bundle-analyzer, rollup-plugin-visualizer or source-map-explorer to see which modules dominate. Split by route with dynamic import(), which bundlers turn into a separate chunk, and React.lazy with Suspense, then load heavy widgets such as editors, charts and maps only when they are needed. Tree shaking drops unused exports but relies on ES module imports and code without side effects, so prefer libraries that support it, import only what you use and swap heavy dependencies for lighter ones. Add a size budget to CI so regressions show up in review. A common slip is splitting so finely that the page waits on a waterfall of small chunks, or lazy-loading content that is visible on first load.',
      topics: ['fe-bundling', 'fe-web-performance'],
      keywords: ['code splitting', 'dynamic import', 'react.lazy', 'suspense', 'tree shaking', 'bundle analyzer'],
    },
    // ------------------------------------------------------------ accessibility and security
    {
      id: 'fe-a11y-semantics-focus',
      category: 'technical',
      role: 'frontend',
      text: 'How do you make a web app accessible? Where do semantic HTML, ARIA and keyboard focus fit in?',
      guidance:
        'Lead with semantic HTML: real buttons and links, headings in order, landmarks such as nav and main, labelled inputs and meaningful alt text, which bring keyboard support and screen reader meaning for free. Use ARIA only for gaps native elements cannot fill, such as aria-expanded on a toggle or aria-live for status messages; the first rule of ARIA is not to use it when a native element will do. Every control must work by keyboard with a visible focus style, and a modal should trap focus, close on Escape and return focus to its trigger. Cite WCAG AA, for example 4.5:1 contrast for normal text, and test with axe and a screen reader. A common slip is a clickable div, which gets no focus, no Enter or Space handling and no role.',
      topics: ['fe-accessibility'],
      keywords: ['semantic html', 'aria', 'wcag', 'screen reader', 'focus management', 'keyboard navigation', 'tabindex'],
    },
    {
      id: 'fe-xss-csp',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'What is XSS, and how do you prevent it in a React app? Why is innerHTML risky, and what does a Content Security Policy add?',
      guidance:
        "XSS is attacker-controlled script running in your page with the user's session, whether it was stored in the database, reflected from a URL or injected through DOM APIs. innerHTML parses a string as HTML, so user text such as an img tag with an onerror handler executes; use textContent, or sanitise with DOMPurify when you truly must render HTML. React escapes values rendered in JSX, but dangerouslySetInnerHTML, user-supplied links with a javascript: scheme and direct DOM access bypass that protection. A Content Security Policy header limits where scripts may load from and, with nonces or hashes, blocks injected inline scripts, a second line of defence if escaping fails. A common slip is assuming HttpOnly cookies make XSS harmless: the script cannot read them but can still send requests as the user.",
      topics: ['fe-security'],
      keywords: ['xss', 'innerhtml', 'dangerouslysetinnerhtml', 'content security policy', 'dompurify', 'sanitization'],
    },
    {
      id: 'fe-cors-csrf',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'What is CORS, why do you get a CORS error, and how is it different from CSRF?',
      guidance:
        "Start from the same-origin policy: the browser stops a page reading responses from another origin unless that server opts in with headers such as Access-Control-Allow-Origin. For requests that are not simple, such as a JSON content type or custom headers, the browser first sends an OPTIONS preflight, and credentialed requests need an exact origin rather than *, along with Access-Control-Allow-Credentials: true. CORS is enforced by the browser and does not protect the server: curl ignores it, and a simple request whose response the page cannot read still reaches the server. CSRF is a different attack, another site making the browser send a request with the user's cookies, stopped by SameSite cookies, CSRF tokens and Origin checks. A common slip is fixing the error by echoing back any Origin with credentials allowed instead of listing trusted origins.",
      topics: ['fe-security'],
      keywords: ['cors', 'csrf', 'preflight', 'same-origin policy', 'access-control-allow-origin', 'samesite'],
    },
    // ------------------------------------------------------------ testing, TypeScript, rendering
    {
      id: 'fe-testing-react',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'How do you test React components? What should and should not be tested?',
      guidance:
        'Describe the layers: Jest or Vitest for unit tests of logic, React Testing Library for component and integration tests, and a few end-to-end tests in Playwright or Cypress for critical flows such as login and checkout. With Testing Library, test what the user sees and does: query by role, label or text, drive the UI with user-event, await async results with findBy queries, and mock the network with MSW rather than stubbing your own fetch wrapper. Test behaviour and edge cases (empty, loading and error states, validation), not implementation details such as internal state, hook calls or class names, so refactors do not break tests. Keep snapshot tests small and rare. A common slip is chasing coverage numbers with tests that assert nothing a user would notice.',
      topics: ['fe-testing'],
      keywords: ['react testing library', 'jest', 'vitest', 'user-event', 'msw', 'playwright', 'cypress'],
    },
    {
      id: 'fe-typescript-react',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'How do you use TypeScript well in a React codebase?',
      guidance:
        'Cover typing props with an interface or type alias, children as React.ReactNode, event handlers with types such as React.ChangeEvent<HTMLInputElement>, and useState with a union such as User | null when the initial value is empty. Show discriminated unions for state like loading, success and error so impossible combinations cannot be represented, and generic components such as a Select<T> that keep the option type. Prefer unknown over any for untrusted values and narrow them with type guards. Point out that types vanish at runtime, so API responses should be validated at the boundary, for example with zod, with the types inferred from the schema. A common slip is using as casts or any to silence errors, which switches the compiler off exactly where bugs hide.',
      topics: ['fe-typescript', 'fe-react'],
      keywords: ['typescript', 'generics', 'discriminated unions', 'type guards', 'prop types', 'unknown vs any'],
    },
    {
      id: 'fe-rendering-strategies',
      category: 'technical',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'Compare client-side rendering, server-side rendering and static generation. What is hydration, and what causes hydration errors in Next.js?',
      guidance:
        'CSR sends a near-empty HTML shell and builds the page in the browser, simple to host but slower to first content and weaker for SEO; SSR renders HTML per request; SSG renders at build time, and incremental static regeneration refreshes those pages later. Hydration is React attaching state and event handlers to server-rendered HTML, and it expects the first client render to produce the same markup. Mismatches come from output that differs between server and client, such as Date.now(), Math.random(), locale-formatted dates, reading window during render, and invalid nesting like a div inside a p. Choose per page: static for marketing and docs, SSR for fast-changing pages that need SEO, CSR for logged-in dashboards. A common slip is thinking SSR makes a page interactive sooner; it shows content sooner, but the page stays inert until hydration.',
      topics: ['fe-ssr', 'fe-web-performance'],
      keywords: ['hydration', 'server-side rendering', 'static site generation', 'client-side rendering', 'isr', 'next.js'],
    },
    // ------------------------------------------------------------ coding rounds
    {
      id: 'fe-debounce-throttle',
      category: 'coding',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'Implement debounce in JavaScript. How is it different from throttle, and where would you use each?',
      guidance:
        'State the difference first: debounce runs the function once calls have stopped for a set delay, while throttle runs it at most once per interval during a stream of calls. Write debounce as a closure holding a timer id that returns a regular function, not an arrow, so that each call clears the pending timeout, sets a new one and finally invokes the original with fn.apply(this, args), keeping this and the arguments. Offer a cancel method and leading or trailing options as extensions. Use debounce for search-as-you-type and autosave, throttle for scroll, resize and mousemove handlers. In React, create the debounced function once with useMemo or useRef and cancel it on unmount. A common slip is creating a new debounced function on every render, so each keystroke gets its own timer and nothing is debounced.',
      topics: ['fe-javascript', 'fe-hooks'],
      keywords: ['debounce', 'throttle', 'cleartimeout', 'search input', 'scroll events', 'autosave'],
    },
    {
      id: 'fe-polyfills',
      category: 'coding',
      role: 'frontend',
      alsoFor: ['fullstack'],
      text: 'Write a polyfill for Promise.all, or for Function.prototype.bind. Walk me through it.',
      guidance:
        'Begin by stating the contract you are reproducing, then code it. For Promise.all: return a new promise, pass each input through Promise.resolve so plain values work, store each result at its own index rather than pushing in completion order, count completions and resolve when the count reaches the length, reject on the first rejection, and resolve at once for an empty array. For bind: capture the original function and any preset arguments, and return a function that calls it with apply, the bound this and the preset arguments followed by the new ones; a strong answer also handles being called with new. Test it aloud with an edge case or two. A common slip is pushing results as they arrive, which breaks the order guarantee, or forgetting the empty input that would otherwise never resolve.',
      topics: ['fe-javascript', 'fe-async-js'],
      keywords: ['polyfill', 'promise.all', 'function.prototype.bind', 'array.prototype.map', 'array.prototype.reduce'],
    },
    {
      id: 'fe-machine-coding-approach',
      category: 'coding',
      role: 'frontend',
      text: 'In a machine coding round you have 90 minutes to build a component such as an autocomplete or an infinite-scroll list. How do you approach it?',
      guidance:
        'Spend the first few minutes on scope: required features, the data source, target browsers, whether libraries are allowed and which extras would impress. Sketch the component tree and the state shape, then build the core flow end to end before any styling; for an autocomplete that means debounced fetching, ignoring or cancelling stale responses, arrow-key and Enter navigation, and loading, empty and error states. Keep the code readable with small components and a separate data layer, and save working checkpoints as you go. Leave time to explain trade-offs and what you would add next, such as caching, list virtualisation or tests. A common slip is spending half the time on setup or pixel-perfect CSS and ending with a polished component that does not work.',
      topics: ['fe-ui-components', 'fe-react'],
      keywords: ['machine coding', 'autocomplete', 'infinite scroll', 'intersectionobserver', 'component design', 'live coding'],
    },
    // ------------------------------------------------------------ situational
    {
      id: 'fe-slow-after-release',
      category: 'situational',
      role: 'frontend',
      text: 'Users say a page became slow after the last release. How do you investigate and fix it?',
      guidance:
        'Confirm and size the problem first: check real-user metrics or Web Vitals dashboards for which pages, devices and metrics regressed, and whether the timing matches the release. If the impact is large, roll back or switch off the feature flag while you investigate. Then compare the two releases: bundle size diffs, new dependencies or third-party scripts, unoptimised images, new API calls or request waterfalls, and changed caching headers. Reproduce with the Performance panel and Lighthouse under CPU and network throttling, and use the React Profiler to find new bursts of re-renders. After the fix, add a guard such as a bundle size budget or a performance check in CI. A common slip is optimising the code you suspect without measuring, on a fast laptop that hides the regression.',
      topics: ['fe-web-performance', 'fe-bundling'],
      keywords: ['performance regression', 'chrome devtools', 'performance budget', 'rum', 'third-party scripts', 'rollback'],
    },
    {
      id: 'fe-blank-screen-production',
      category: 'situational',
      role: 'frontend',
      text: 'After a deploy, some users see a blank white screen, while the app works fine for you locally. What do you do?',
      guidance:
        'Get evidence before guessing: error monitoring such as Sentry with source maps, the browser console, and which browsers, versions and users are affected. Go through the usual causes: an uncaught render error, which unmounts the whole React tree when no error boundary catches it; chunk load failures when users with an old tab request hashed files the deploy removed; missing build-time environment variables; a wrong base path; a CSP blocking a script; or syntax an older Safari does not support. Mitigate quickly with a rollback, then fix the cause, for example with error boundaries, by keeping previous assets available for a while or by adjusting the browser targets. A common slip is testing only a development build in Chrome, which hides failures that appear only in production.',
      topics: ['fe-react', 'fe-bundling'],
      keywords: ['error boundary', 'chunkloaderror', 'source maps', 'sentry', 'production build', 'browserslist'],
    },
    // ------------------------------------------------------------ behavioural
    {
      id: 'fe-behav-ui-performance',
      category: 'behavioural',
      role: 'frontend',
      text: 'Tell me about a time you made a slow UI noticeably faster.',
      guidance:
        'Pick a real case with numbers and use STAR: the situation (which page, how slow, who complained), what you measured and with which tools, what you changed and why you chose that over other options, and the result as a before-and-after metric such as LCP, INP, bundle size or render time. Interviewers want to hear that you found the bottleneck with data rather than trying random optimisations. Mention the trade-offs you accepted, such as the complexity of memoisation or list virtualisation, and how you stopped the problem coming back. A common slip is describing a team effort in vague terms without making clear what you personally did.',
      topics: ['fe-web-performance'],
      keywords: ['performance optimisation', 'performance optimization', 'virtualization', 'page speed', 'profiling'],
    },
    {
      id: 'fe-behav-design-disagreement',
      category: 'behavioural',
      role: 'frontend',
      text: 'Tell me about a time you disagreed with a designer or product manager about a UI decision.',
      guidance:
        'Choose a disagreement with substance, such as a design that was hard to make accessible, a pattern that hurt performance on low-end phones, or scope that did not fit the deadline. Show that you first understood their goal, then brought evidence: a quick prototype, accessibility guidelines, analytics or an effort estimate. Explain the outcome, whether you persuaded them, found a compromise or went with their call, and what it meant for users. Interviewers look for collaboration and respect for design, not a story in which you were right and they were wrong. A common slip is picking a petty argument about pixel spacing, which shows little judgement.',
      topics: ['fe-ui-components', 'fe-accessibility'],
      keywords: ['designers', 'product managers', 'ux', 'ui/ux', 'design reviews'],
    },
    // ------------------------------------------------------------ ask the interviewer
    {
      id: 'fe-ask-design-system',
      category: 'ask-interviewer',
      role: 'frontend',
      text: 'Do you have a design system or shared component library, and who maintains it?',
      guidance:
        'The answer shows how mature the frontend organisation is and what your days will look like: building features on a maintained library, or rebuilding buttons and modals in every project. Follow up on how designers and engineers hand off work (Figma, design tokens, Storybook) and whether accessibility is built into the components. Asking signals that you care about consistency and reuse beyond your own tickets. If there is no design system, that may be a chance to own one, so ask whether such work would be valued. A common slip is asking only which framework version they use, which says far less about how the team works.',
      topics: ['fe-ui-components'],
      keywords: ['design system', 'component library', 'storybook', 'design tokens', 'figma'],
    },
    {
      id: 'fe-ask-production-quality',
      category: 'ask-interviewer',
      role: 'frontend',
      text: 'How do you track frontend quality in production, such as errors and Core Web Vitals, and how do releases work?',
      guidance:
        'This reveals whether the team has real-user monitoring, error tracking, performance budgets and feature flags, or learns about problems from customer complaints. Ask how often they deploy, whether pull requests get preview deployments, whether there is a staging environment, and how rollbacks happen. The answers tell you how safely you can ship and how much of your time will go to firefighting. It also shows the interviewer that you think about users after the merge, not just about getting code reviewed. A common slip is phrasing it like a test; ask out of curiosity and follow up on what they say.',
      topics: ['fe-web-performance', 'fe-testing'],
      keywords: ['error tracking', 'real user monitoring', 'feature flags', 'release process', 'preview deployments'],
    },
  ],
  rounds: [
    {
      id: 'fe-round-online-assessment',
      name: 'Online assessment',
      description:
        'A timed test on a platform such as HackerRank or HackerEarth, usually one or two DSA problems, sometimes with JavaScript and CSS multiple-choice or output-prediction questions.',
    },
    {
      id: 'fe-round-javascript',
      name: 'JavaScript fundamentals round',
      description:
        'Live questions on closures, this, promises and the event loop, often as "what does this print" snippets, plus writing a polyfill or debounce in a shared editor.',
    },
    {
      id: 'fe-round-machine-coding',
      name: 'Machine coding round',
      description:
        'You build a working component or small app in 60–90 minutes, in React or plain JavaScript, and are judged on working features, code structure, edge cases and how you explain your trade-offs.',
    },
    {
      id: 'fe-round-frontend-design',
      name: 'React depth and frontend system design',
      description:
        'For mid and senior roles: React or Angular internals, state management and performance, or the frontend architecture of a product such as a feed, chat or dashboard, covering components, data flow, caching, accessibility and monitoring.',
    },
    {
      id: 'fe-round-managerial-hr',
      name: 'Hiring manager and HR',
      description:
        'A deep dive into your projects, how you work with design and product, behavioural questions, notice period and compensation.',
    },
  ],
  tips: [
    {
      id: 'fe-tip-plain-javascript',
      title: 'Practise plain JavaScript, not just React',
      body: 'Frontend loops in India lean heavily on output-prediction questions and polyfills (bind, Promise.all, debounce, array methods). Write them by hand without autocomplete, and practise explaining the event loop and the rules for this out loud.',
    },
    {
      id: 'fe-tip-machine-coding',
      title: 'Rehearse machine coding against a timer',
      body: 'Build the common components (autocomplete, modal, tabs, star rating, infinite scroll, nested file explorer) in 60–90 minutes each. Be able to start a project in Vite or an online sandbox within a minute, and get the core working before you style it.',
    },
    {
      id: 'fe-tip-measure',
      title: 'Back performance claims with tools and numbers',
      body: 'When you mention an optimisation, name the tool and the number: the React DevTools Profiler, the Performance panel, Lighthouse or field Web Vitals. A measured before-and-after convinces far more than a list of techniques.',
    },
    {
      id: 'fe-tip-live-project',
      title: 'Bring a live project',
      body: 'A deployed project with a readable repository lets you steer the conversation to code you know well. Make sure it is responsive, works by keyboard and is free of console errors, because interviewers do open it.',
    },
  ],
};

export default frontend;
