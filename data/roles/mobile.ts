import type { RoleGuide } from '../schema';

/**
 * Mobile interviews (Android, iOS, Flutter, React Native) as they run in India:
 * platform fundamentals, concurrency and memory, cross-platform trade-offs,
 * and the release, offline and security work that owning an app involves.
 * Ids are permanent (bookmarks point at them).
 */
export const mobile: RoleGuide = {
  role: 'mobile',
  name: 'Mobile',
  summary:
    'Mobile interviews test platform fundamentals (lifecycle, threading, memory), modern UI toolkits, ' +
    'cross-platform trade-offs and how you ship, monitor and secure an app in production.',
  topics: [
    {
      id: 'mob-android',
      label: 'Android fundamentals',
      terms: [
        'android',
        'android sdk',
        'android studio',
        'activity lifecycle',
        'fragments',
        'intents',
        'broadcast receiver',
        'content provider',
        'anr',
        'xml layouts',
        'recyclerview',
      ],
    },
    {
      id: 'mob-architecture',
      label: 'app architecture (MVVM)',
      terms: [
        'mvvm',
        'mvi',
        'viewmodel',
        'livedata',
        'android architecture components',
        'architecture components',
        'clean architecture',
        'android jetpack',
        'jetpack',
        'navigation component',
        'repository pattern',
      ],
    },
    {
      id: 'mob-kotlin',
      label: 'Kotlin and coroutines',
      terms: [
        'kotlin',
        'coroutines',
        'kotlin coroutines',
        'kotlin flow',
        'stateflow',
        'sharedflow',
        'rxjava',
        'rxkotlin',
        'kotlin multiplatform',
        'kmp',
        'kmm',
      ],
    },
    {
      id: 'mob-compose',
      label: 'Jetpack Compose',
      terms: ['jetpack compose', 'compose ui', 'compose multiplatform', 'recomposition', 'declarative ui'],
    },
    {
      id: 'mob-local-storage',
      label: 'on-device storage (Room, Core Data)',
      terms: [
        'room database',
        'room db',
        'room persistence',
        'sqlite',
        'realm database',
        'datastore',
        'sharedpreferences',
        'shared preferences',
        'core data',
        'swiftdata',
        'sqflite',
        'userdefaults',
      ],
    },
    {
      id: 'mob-di',
      label: 'dependency injection (Hilt, Dagger)',
      terms: ['hilt', 'dagger', 'dagger2', 'dagger hilt', 'koin', 'dependency injection'],
    },
    {
      id: 'mob-background',
      label: 'background work',
      terms: [
        'workmanager',
        'foreground service',
        'background services',
        'jobscheduler',
        'alarmmanager',
        'doze',
        'background processing',
        'background tasks',
        'bgtaskscheduler',
        'background fetch',
      ],
    },
    {
      id: 'mob-performance',
      label: 'app performance and memory',
      terms: [
        'leakcanary',
        'memory leaks',
        'memory profiling',
        'app startup',
        'startup time',
        'cold start',
        'app size',
        'apk size',
        'baseline profiles',
        'r8',
        'proguard',
        'android profiler',
        'jank',
        'app performance',
        'xcode instruments',
      ],
    },
    {
      id: 'mob-ios',
      label: 'iOS and Swift',
      terms: [
        'ios',
        'swift',
        'objective-c',
        'uikit',
        'xcode',
        'cocoa touch',
        'codable',
        'automatic reference counting',
        'grand central dispatch',
        'gcd',
        'swift concurrency',
        'cocoapods',
        'swift package manager',
      ],
    },
    {
      id: 'mob-swiftui',
      label: 'SwiftUI',
      terms: ['swiftui', 'combine framework', 'observableobject', 'swift ui'],
    },
    {
      id: 'mob-flutter',
      label: 'Flutter and Dart',
      terms: ['flutter', 'dart', 'riverpod', 'flutter bloc', 'bloc pattern', 'bloc', 'cubit', 'getx', 'flutter widgets'],
    },
    {
      id: 'mob-react-native',
      label: 'React Native',
      terms: [
        'react native',
        'expo',
        'jsi',
        'turbomodules',
        'turbo modules',
        'hermes',
        'native modules',
        'metro bundler',
        'codepush',
        'react navigation',
      ],
    },
    {
      id: 'mob-networking',
      label: 'networking and offline sync',
      // Offline sync and deep links are keywords of their own questions (mob-offline-first-sync,
      // mob-deep-links): as topic terms "deep links" also credited the offline-sync, Codable and
      // machine-coding questions, and "offline-first" the deep-link one.
      terms: ['retrofit', 'okhttp', 'alamofire', 'urlsession'],
    },
    {
      id: 'mob-push',
      label: 'push notifications',
      terms: [
        'push notifications',
        'fcm',
        'firebase cloud messaging',
        'apns',
        'firebase',
        'onesignal',
        'in-app messaging',
        'local notifications',
      ],
    },
    {
      id: 'mob-security',
      label: 'on-device security',
      terms: [
        'keystore',
        'keychain',
        'certificate pinning',
        'ssl pinning',
        'owasp masvs',
        'root detection',
        'jailbreak detection',
        'biometric authentication',
        'code obfuscation',
      ],
    },
    {
      id: 'mob-release',
      label: 'store releases and crash reporting',
      // Release tooling only. Bare store names ('play store', 'app store', 'google play') are in nearly every
      // mobile posting ("5M+ downloads on the Play Store") and say nothing about release work: as topic terms
      // they credited every question here down to the behavioural ones, and as mob-release-rollout's own
      // keywords they put it above the posting's real stack. "Play Store releases" still reaches it
      // through the keyword 'store release'.
      terms: [
        'play console',
        'app store connect',
        'testflight',
        'crashlytics',
        'firebase crashlytics',
        'sentry',
        'fastlane',
        'staged rollout',
        'phased release',
        'bitrise',
        'codemagic',
        'crash reporting',
        'app distribution',
      ],
    },
  ],
  questions: [
    // ------------------------------------------------------------------ Android
    {
      id: 'mob-activity-lifecycle',
      category: 'technical',
      role: 'mobile',
      text:
        'Walk me through the Activity and Fragment lifecycles. What happens on a configuration change such as ' +
        'rotation, and how do you keep UI state?',
      guidance:
        'Name the callbacks in order (onCreate, onStart, onResume, then onPause, onStop, onDestroy) and say what belongs in each, such as starting and stopping observers in onStart and onStop. Explain that a configuration change destroys and recreates the Activity by default, so state held in the Activity is lost unless it lives in a ViewModel, which survives the recreation. For process death, which a ViewModel does not survive, use onSaveInstanceState or SavedStateHandle for small UI state and persistent storage for the rest. For Fragments, the view lifecycle is shorter than the Fragment itself, so observe with viewLifecycleOwner. A common slip is declaring android:configChanges to skip recreation, which hides the bug rather than fixing it.',
      topics: ['mob-android', 'mob-architecture'],
      keywords: [
        'activity lifecycle',
        'fragment lifecycle',
        'configuration change',
        'screen rotation',
        'process death',
        'savedstatehandle',
        'onsaveinstancestate',
        'viewlifecycleowner',
      ],
    },
    {
      id: 'mob-viewmodel-stateflow',
      category: 'technical',
      role: 'mobile',
      text: 'What problem does ViewModel solve, and how do LiveData and StateFlow compare for exposing UI state?',
      guidance:
        'A ViewModel holds screen state and logic outside the Activity or Fragment, survives configuration changes and is cleared when its owner is finished for good, with viewModelScope cancelling its coroutines. LiveData is lifecycle-aware out of the box: it only delivers updates to observers that are at least STARTED. StateFlow is plain Kotlin, always holds a value, conflates updates and skips a value equal to the current one, but it is not lifecycle-aware, so collect it with repeatOnLifecycle, or collectAsStateWithLifecycle in Compose. Many teams expose one immutable UI state class through a StateFlow and use a Channel or SharedFlow for one-off events. A common slip is keeping a reference to an Activity, View or Context in the ViewModel, which leaks the whole screen.',
      topics: ['mob-architecture', 'mob-kotlin', 'mob-android'],
      keywords: ['viewmodel', 'livedata', 'stateflow', 'sharedflow', 'repeatonlifecycle', 'viewmodelscope', 'ui state'],
    },
    {
      id: 'mob-kotlin-coroutines',
      category: 'technical',
      role: 'mobile',
      text: 'Explain Kotlin coroutines: scopes, dispatchers and structured concurrency. How does cancellation work?',
      guidance:
        'Dispatchers.Main runs UI work, Dispatchers.IO is a shared pool meant for blocking I/O such as disk and network calls, and Dispatchers.Default is sized to the CPU cores for computation; withContext switches between them inside a suspend function. Structured concurrency means every coroutine runs in a scope (viewModelScope, lifecycleScope or one you create), a parent waits for its children, cancelling the parent cancels them, and a failing child cancels its siblings unless you use a SupervisorJob or supervisorScope. Contrast launch, which returns a Job, with async, which returns a Deferred you await. Cancellation is cooperative: suspending calls check for it, while tight CPU loops must call ensureActive. A common slip is GlobalScope, or a catch-all that swallows CancellationException and keeps a cancelled coroutine running.',
      topics: ['mob-kotlin', 'mob-android'],
      keywords: ['coroutines', 'dispatchers', 'structured concurrency', 'suspend functions', 'withcontext', 'supervisorjob', 'globalscope'],
    },
    {
      id: 'mob-compose-recomposition',
      category: 'technical',
      role: 'mobile',
      text: 'How does recomposition work in Jetpack Compose, and what is state hoisting?',
      guidance:
        'Compose re-runs a composable when a State object it read changes, and skips composables whose parameters have not changed (with strong skipping, the default in recent Compose compilers, even unstable parameters are compared by instance), so recomposition may happen often and should be cheap and free of side effects. remember keeps a value across recompositions, rememberSaveable also survives configuration changes and process death, and derivedStateOf limits recomposition to when a computed result actually changes. State hoisting moves state up to the caller, so a composable takes a value and an event lambda such as onValueChange; that makes it stateless, reusable, previewable and testable, with a single source of truth. Give LazyColumn items stable keys. A common slip is doing side effects or heavy work directly in the composable body instead of in LaunchedEffect or the ViewModel.',
      topics: ['mob-compose', 'mob-architecture'],
      keywords: ['recomposition', 'state hoisting', 'remembersaveable', 'derivedstateof', 'launchedeffect', 'lazycolumn', 'composable'],
    },
    {
      id: 'mob-android-memory-leaks',
      category: 'technical',
      role: 'mobile',
      text: 'What commonly causes memory leaks in Android apps, and how do you find and fix them?',
      guidance:
        'Most leaks are a long-lived object holding something tied to a screen: a singleton or static field keeping an Activity Context, a listener never unregistered, an inner class, Handler or Runnable outliving its Activity, or a Fragment keeping its view binding after onDestroyView. Fix them by giving long-lived objects the application Context, unregistering in the matching lifecycle callback, clearing view references and tying async work to lifecycle-aware scopes. LeakCanary in debug builds watches destroyed Activities, Fragments and ViewModels, dumps the heap when one is retained and shows the reference chain to break, while the Android Studio Memory Profiler helps with deeper heap analysis. A common slip is using the application Context everywhere, including for inflating views or showing dialogs, which need an Activity Context.',
      topics: ['mob-performance', 'mob-android'],
      keywords: ['memory leaks', 'leakcanary', 'context leak', 'heap dump', 'memory profiler', 'application context'],
    },
    {
      id: 'mob-background-work',
      category: 'technical',
      role: 'mobile',
      text:
        'How do you run background work on Android? When do you pick WorkManager, a foreground service or a plain ' +
        'coroutine, and how do Doze and background limits affect you?',
      guidance:
        'Use a coroutine in a lifecycle scope for work that only matters while the user is on the screen. WorkManager is for deferrable work that must eventually finish even if the process dies or the device restarts, such as uploads or sync, with constraints like network or charging, retries with backoff and chaining; periodic work cannot run more often than every 15 minutes. A foreground service with a visible notification is for ongoing work the user knows about, such as playback or navigation, and recent Android versions require declaring its type. Doze and App Standby defer jobs, network access and ordinary alarms to maintenance windows, and since Android 8 apps cannot freely start background services. A common slip is expecting WorkManager to run at an exact time.',
      topics: ['mob-background', 'mob-android'],
      keywords: [
        'workmanager',
        'foreground service',
        'doze',
        'app standby',
        'background execution limits',
        'periodicworkrequest',
        'jobscheduler',
      ],
    },
    {
      id: 'mob-room-migrations',
      category: 'technical',
      role: 'mobile',
      text: 'How does Room work, and how do you handle database schema changes between releases?',
      guidance:
        'Room is a layer over SQLite: you declare @Entity classes, @Dao interfaces and a @Database class, and it verifies your SQL queries at compile time. DAO methods can be suspend functions or return Flow, so the UI observes a query and updates when the table changes, and Room refuses queries on the main thread unless you explicitly allow them. For schema changes, bump the version and provide a Migration or an AutoMigration, export the schema JSON to version control and test upgrades with MigrationTestHelper. Room works well behind a repository as the single source of truth for offline use. A common slip is shipping a version bump without a migration, which crashes on upgrade, or using fallbackToDestructiveMigration in production and wiping user data.',
      topics: ['mob-local-storage', 'mob-android'],
      keywords: ['room database', 'sqlite', 'dao', 'room migration', 'automigration', 'schema migration'],
    },
    {
      id: 'mob-hilt-dagger',
      category: 'technical',
      role: 'mobile',
      text: 'Why use dependency injection on Android, and how do Hilt, Dagger and Koin differ?',
      guidance:
        'Dependency injection lets classes receive their collaborators instead of constructing them, which makes swapping implementations and testing easy. Dagger builds the dependency graph at compile time through annotation processing (kapt or KSP), so a missing binding fails the build and nothing is resolved by reflection at runtime, but components and modules take boilerplate. Hilt sits on top of Dagger with predefined components tied to Android lifecycles, such as SingletonComponent and ViewModelComponent, plus @HiltAndroidApp, @AndroidEntryPoint, @HiltViewModel and @TestInstallIn for swapping modules in tests. Koin resolves dependencies at runtime through a Kotlin DSL, simpler to set up but by default a missing binding shows up only at runtime or in a verification test. A common slip is scoping everything as a singleton, or injecting an Activity into one, which leaks it.',
      topics: ['mob-di', 'mob-architecture'],
      keywords: ['hilt', 'dagger', 'koin', 'dependency injection', 'kapt', 'ksp', 'singletoncomponent'],
    },
    {
      id: 'mob-anr',
      category: 'technical',
      role: 'mobile',
      text: 'What is an ANR, what typically causes one, and how do you track it down?',
      guidance:
        'An ANR (Application Not Responding) happens when the main thread is blocked too long, for example when an input event gets no response within about five seconds, or a broadcast receiver or service does not finish in time. Typical causes are disk or database work on the main thread, heavy parsing or bitmap work, lock contention or a deadlock with a background thread, and slow binder calls. Find them in Android vitals or your crash tool, which group ANRs with main-thread stack traces, and use StrictMode in debug builds to flag disk access on the main thread. Move the work to coroutines on IO or Default. A common slip is blaming network calls: network on the main thread throws NetworkOnMainThreadException instead.',
      topics: ['mob-android', 'mob-performance'],
      keywords: ['anr', 'application not responding', 'main thread', 'strictmode', 'android vitals', 'perfetto'],
    },
    // ---------------------------------------------------------------------- iOS
    {
      id: 'mob-swift-optionals',
      category: 'technical',
      role: 'mobile',
      text: 'What are optionals in Swift, and what are the safe ways to unwrap them?',
      guidance:
        'An optional is an enum with two cases, some wrapping a value and none, which the compiler makes you handle before use. Safe unwrapping uses if let or guard let for binding, where guard let suits early exit and keeps the unwrapped value in scope for the rest of the function, optional chaining with ?. that short-circuits to nil, and the nil-coalescing operator ?? for a default. map and flatMap transform an optional without unwrapping it by hand. Implicitly unwrapped optionals, such as IBOutlets, are for values set after initialisation and guaranteed present before use. A common slip is force unwrapping with ! just to silence the compiler, which crashes at runtime the moment the value is nil.',
      topics: ['mob-ios'],
      keywords: ['optionals', 'guard let', 'if let', 'optional chaining', 'nil coalescing', 'force unwrap'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'mob-struct-vs-class',
      category: 'technical',
      role: 'mobile',
      text: 'Struct vs class in Swift: how do value and reference types behave, and when would you choose each?',
      guidance:
        'A struct is a value type: assigning or passing it produces an independent copy, and the standard collections such as Array, Dictionary and String use copy-on-write, so the real copy only happens when one side mutates. A class is a reference type: variables share one instance that has identity (===), supports inheritance and deinit and is managed by ARC. Default to structs for models and reach for classes when you need shared mutable state, identity or Objective-C interop; note that a let struct cannot be mutated at all, while a let class reference still allows changing its var properties. A common slip is putting a class inside a struct and assuming copies are independent, or treating copy-on-write as something every struct gets rather than an optimisation the standard collections implement.',
      topics: ['mob-ios'],
      keywords: ['struct', 'value type', 'reference type', 'copy-on-write', 'mutating'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'mob-arc-retain-cycles',
      category: 'technical',
      role: 'mobile',
      text: 'How does ARC manage memory in Swift, and how do you find and break retain cycles?',
      guidance:
        'ARC counts strong references to each class instance and frees it when the count reaches zero; unlike a tracing garbage collector it never detects cycles. A cycle forms when two objects hold each other strongly, such as an object and a delegate property not declared weak, or a closure stored on self that captures self. Break it with [weak self], which makes self an optional that becomes nil, or [unowned self], which is non-optional and crashes if the closure runs after self is gone, so use unowned only when the closure cannot outlive the object. Find cycles with the Xcode Memory Graph Debugger or by checking that deinit runs. A common slip is adding [weak self] to non-escaping closures such as map, where no cycle can form.',
      topics: ['mob-ios', 'mob-performance'],
      keywords: ['arc', 'retain cycle', 'weak self', 'unowned', 'memory graph debugger', 'strong reference', 'deinit'],
    },
    {
      id: 'mob-ios-app-lifecycle',
      category: 'technical',
      role: 'mobile',
      text:
        'Describe the iOS app lifecycle. What do AppDelegate and SceneDelegate each handle, and what happens when ' +
        'the app moves to the background?',
      guidance:
        'Cover the states: not running, inactive, active, background and suspended. Since iOS 13 the AppDelegate handles process-level events such as launch and push registration, while the SceneDelegate handles each UI scene becoming active, resigning active and entering the background; in SwiftUI you observe scenePhase instead. Once backgrounded an app gets only a short time to finish work, which beginBackgroundTask can extend briefly, and deferrable work goes to BGTaskScheduler; a suspended app can then be terminated by the system without any further callback. So save user data and pause timers when the scene enters the background. A common slip is relying on applicationWillTerminate to save state, since it is not called when a suspended app is killed.',
      topics: ['mob-ios', 'mob-background'],
      keywords: ['appdelegate', 'scenedelegate', 'scenephase', 'app lifecycle', 'beginbackgroundtask', 'bgtaskscheduler'],
    },
    {
      id: 'mob-swiftui-state',
      category: 'technical',
      role: 'mobile',
      text: 'In SwiftUI, when do you use @State, @Binding, @StateObject and @ObservedObject?',
      guidance:
        '@State is private value-type state a view owns, stored by SwiftUI outside the view struct so it survives the view being recreated. @Binding gives a child read-write access to state owned by a parent. @StateObject creates and owns an ObservableObject once for the lifetime of the view, while @ObservedObject is for an object the view receives from outside and does not own; @EnvironmentObject injects a shared object down the hierarchy. On iOS 17 and later the Observation framework lets you mark a class @Observable, hold it in @State and pass it with @Bindable. A common slip is creating a view model with @ObservedObject inside the view, so it is recreated and loses its state whenever the parent redraws.',
      topics: ['mob-swiftui', 'mob-ios'],
      keywords: ['stateobject', 'observedobject', 'observableobject', 'environmentobject', 'observation framework'],
    },
    {
      id: 'mob-ios-concurrency',
      category: 'technical',
      role: 'mobile',
      text:
        'How do you move work off the main thread on iOS with GCD or async/await, and why must UI updates happen ' + 'on the main thread?',
      guidance:
        'UIKit and SwiftUI views are not thread-safe and are driven by the main run loop, so UI updates must happen on the main thread or you get glitches and crashes. With GCD you send work to a global queue with a quality-of-service class and hop back with DispatchQueue.main.async; know serial versus concurrent queues and sync versus async. With Swift concurrency, async functions suspend instead of blocking, Task and task groups give structured child work, actors protect mutable state and @MainActor guarantees main-thread execution. Cancellation is cooperative, so long work should check Task.isCancelled. A common slip is calling DispatchQueue.main.sync from the main thread, which deadlocks, or assuming code after an await resumes on the same thread.',
      topics: ['mob-ios', 'mob-swiftui'],
      keywords: [
        'gcd',
        'grand central dispatch',
        'async await',
        'mainactor',
        'swift actors',
        'dispatchqueue',
        'main thread',
        'swift concurrency',
      ],
    },
    {
      id: 'mob-swift-codable',
      category: 'technical',
      role: 'mobile',
      text: 'How does Codable work in Swift, and how do you decode JSON whose shape does not match your model?',
      guidance:
        'Codable combines Encodable and Decodable, and the compiler synthesises the conformance when every stored property is itself Codable. JSONDecoder covers the common mismatches: a CodingKeys enum renames keys, keyDecodingStrategy convertFromSnakeCase maps snake_case names, dateDecodingStrategy sets the date format, and optional properties tolerate missing keys. For nested, flattened or polymorphic payloads write a custom init(from:) with containers and decodeIfPresent. Log the DecodingError case, such as keyNotFound or typeMismatch, because it names the exact path that failed. A common slip is a non-optional property the server sometimes omits: one missing field fails the decode of the whole response, including every other item in an array.',
      topics: ['mob-ios', 'mob-networking'],
      keywords: ['codable', 'jsondecoder', 'codingkeys', 'decodable', 'json parsing', 'decodingerror'],
    },
    {
      id: 'mob-uikit-cell-reuse',
      category: 'technical',
      role: 'mobile',
      text: 'How does cell reuse work in UITableView and UICollectionView, and what bugs does it cause?',
      guidance:
        'Only enough cells to fill the screen are created; as one scrolls off, dequeueReusableCell hands it back for another row, so each cell must be fully configured every time it is dequeued. Reset leftover state such as images, selection and hidden views in prepareForReuse or in your configure method. The classic bug is async image loading: a download finishes after the cell was reused for another row and shows the wrong image, so cancel the task in prepareForReuse or check that the cell still shows the same item. Diffable data sources apply updates from snapshots and avoid the inconsistency crashes of manual insert and delete calls. A common slip is storing model state in the cell instead of in the data source.',
      topics: ['mob-ios', 'mob-performance'],
      keywords: ['uitableview', 'uicollectionview', 'cell reuse', 'dequeuereusablecell', 'prepareforreuse', 'diffable data source'],
    },
    // ----------------------------------------------------------- cross-platform
    {
      id: 'mob-flutter-state-management',
      category: 'technical',
      role: 'mobile',
      text: 'In Flutter, when is setState enough, and when do you move to Provider, Riverpod or BLoC?',
      guidance:
        'setState marks a StatefulWidget dirty and rebuilds its subtree, which is right for local, short-lived state such as a toggle or a form field. Once state is shared across screens or carries business logic, lift it out: Provider wraps InheritedWidget so descendants can read and listen to shared objects, Riverpod (from the same author) declares providers outside the widget tree with compile-time safety and easy overrides in tests, and BLoC maps events to a stream of states, giving strict separation at the cost of more boilerplate, with Cubit as a lighter variant. Choose by team size and app complexity, then stay consistent. A common slip is calling setState high in the tree so large subtrees rebuild, or after dispose without checking mounted.',
      topics: ['mob-flutter', 'mob-architecture'],
      keywords: ['setstate', 'provider package', 'riverpod', 'bloc', 'cubit', 'inheritedwidget', 'state management'],
    },
    {
      id: 'mob-flutter-build-hot-reload',
      category: 'technical',
      role: 'mobile',
      text:
        'Explain the Flutter widget, element and render trees. What makes a build method expensive, and how do hot ' +
        'reload and hot restart differ?',
      guidance:
        'Widgets are immutable descriptions, elements keep their place in the tree and hold state, and render objects do layout and painting; rebuilding widgets is cheap because Flutter reuses elements and render objects when the type and key match. build can run on every frame during an animation, so keep it free of I/O and heavy computation, split large widgets, use const constructors so unchanged subtrees are skipped, and give list items keys. Hot reload injects changed code into the running Dart VM and rebuilds the tree while keeping state; hot restart reruns main and resets state; native code changes need a full rebuild. A common slip is creating the Future for a FutureBuilder inside build, which restarts the request on every rebuild, or expecting hot reload to rerun initState.',
      topics: ['mob-flutter', 'mob-performance'],
      keywords: [
        'hot reload',
        'hot restart',
        'widget tree',
        'build method',
        'const constructor',
        'futurebuilder',
        'statefulwidget',
        'dart vm',
      ],
    },
    {
      id: 'mob-react-native-new-architecture',
      category: 'technical',
      role: 'mobile',
      text: "How does React Native's old bridge differ from the new architecture with JSI, Fabric and TurboModules?",
      guidance:
        'In the old architecture JavaScript and native code talked over an asynchronous bridge that serialised batched JSON messages, which added latency, ruled out synchronous calls and loaded native modules eagerly at startup. JSI is a C++ interface that lets JavaScript hold references to native host objects and call them directly, synchronously when needed, without serialisation. TurboModules are native modules built on JSI and loaded lazily, Fabric is the new renderer with a shared C++ core that supports synchronous layout and concurrent React features, and Codegen generates typed interfaces from TypeScript or Flow specs. The new architecture is the default from React Native 0.76. A common slip is claiming it makes every app faster: heavy work on the JavaScript thread still causes jank.',
      topics: ['mob-react-native'],
      keywords: ['react native bridge', 'jsi', 'fabric', 'turbomodules', 'codegen', 'new architecture', 'hermes'],
    },
    {
      id: 'mob-native-vs-cross-platform',
      category: 'technical',
      role: 'mobile',
      text:
        'How would you decide between native development and a cross-platform framework such as Flutter or React ' +
        'Native for a new product?',
      guidance:
        'Frame it as trade-offs: team skills and hiring, time to market with one codebase, how closely the UI must follow each platform, performance needs such as heavy animation, camera or AR, depth of platform integration like Bluetooth, background work, widgets or wearables, and the maturity of the plugins you would depend on. Flutter draws its own widgets with its own rendering engine, so the UI looks the same everywhere; React Native renders real platform views and suits teams already strong in React; Kotlin Multiplatform shares business logic while keeping native UI. Native fits products whose core value is platform depth or polish. A common slip is promising full code sharing: platform channels or native modules, per-platform testing and store work still cost time.',
      topics: ['mob-flutter', 'mob-react-native', 'mob-kotlin'],
      keywords: ['cross-platform', 'native development', 'kotlin multiplatform', 'platform channels', 'single codebase'],
      levels: ['mid', 'senior'],
    },
    // ------------------------------------------------------------ general mobile
    {
      id: 'mob-offline-first-sync',
      category: 'technical',
      role: 'mobile',
      text: 'How would you design an offline-first app that syncs with a server?',
      guidance:
        'Make the local database the single source of truth: the UI reads only from it, network results are written into it, and user changes are saved locally and queued in an outbox of pending operations. A background job (WorkManager on Android, BGTaskScheduler or a sync when the app returns to the foreground on iOS) drains the outbox when connectivity returns, with retries and idempotent requests carrying client-generated ids so a repeated upload does not create duplicates. Pull changes incrementally with an updated-since cursor and use tombstones so deletions sync too. Choose a conflict policy explicitly: server wins, last write wins using server-assigned versions, or field-level merge. A common slip is ordering conflicting edits by device clocks, which are often wrong, or forgetting to sync deletes.',
      topics: ['mob-networking', 'mob-local-storage', 'mob-background'],
      keywords: [
        'offline-first',
        'offline sync',
        'offline mode',
        'offline support',
        'data synchronization',
        'data synchronisation',
        'conflict resolution',
        'delta sync',
      ],
      levels: ['mid', 'senior'],
    },
    {
      id: 'mob-app-size-startup',
      category: 'technical',
      role: 'mobile',
      text: 'How do you reduce app size and improve cold start time?',
      guidance:
        'Measure first on a release build and a low-end device, with Android vitals, Macrobenchmark, Xcode Organizer or MetricKit, and separate cold, warm and hot starts. For startup, keep Application.onCreate and didFinishLaunching lean, initialise SDKs lazily or after the first frame, avoid synchronous disk and network work, and on Android ship Baseline Profiles so critical code paths are compiled ahead of time. For size, enable R8 code and resource shrinking, publish an Android App Bundle so each device downloads only the splits it needs, use WebP or vector images, and audit heavy third-party SDKs; on iOS rely on app thinning and check assets and embedded frameworks. A common slip is measuring debug builds, which are far slower than what users run.',
      topics: ['mob-performance', 'mob-android', 'mob-ios'],
      keywords: [
        'cold start',
        'app size',
        'baseline profiles',
        'r8',
        'android app bundle',
        'macrobenchmark',
        'app thinning',
        'startup time',
      ],
    },
    {
      id: 'mob-push-notifications',
      category: 'technical',
      role: 'mobile',
      text: 'How do push notifications work end to end with FCM and APNs?',
      guidance:
        'The app asks for permission (on iOS, and on Android 13 and later through POST_NOTIFICATIONS), obtains a device token from APNs or an FCM registration token, and sends it to your backend, which calls FCM or APNs with server credentials; FCM can also deliver to iOS through APNs. On Android, a notification message is shown by the system tray while the app is in the background and reaches onMessageReceived only in the foreground, whereas a data message always reaches onMessageReceived for your code to handle. Tokens change, so handle onNewToken and delete tokens the server reports as invalid, and use high priority only for time-sensitive messages. A common slip is treating push as a reliable data channel: delivery is best-effort and can be delayed or dropped, so the app should still fetch the truth from the server.',
      topics: ['mob-push', 'mob-android', 'mob-ios'],
      keywords: ['push notifications', 'fcm', 'apns', 'device token', 'data messages', 'onmessagereceived', 'post_notifications'],
    },
    {
      id: 'mob-secure-storage-pinning',
      category: 'technical',
      role: 'mobile',
      text: 'How do you store tokens and secrets securely on a device, and what is certificate pinning?',
      guidance:
        'Anything in the binary can be extracted, so real secrets belong on the server and the app holds only user tokens, ideally short-lived. Store those using the Android Keystore, whose keys can be hardware-backed and non-exportable and are used to encrypt data at rest, and the iOS Keychain with a suitable accessibility class; never in plain SharedPreferences, UserDefaults or logs. Certificate pinning makes the app accept only a known certificate or public key for your domains, blocking interception through a rogue or user-installed certificate authority; set it up with network security config or OkHttp CertificatePinner on Android and NSPinnedDomains or a URLSession delegate on iOS. A common slip is pinning a single leaf certificate with no backup pin, so a routine certificate rotation breaks every installed version.',
      topics: ['mob-security', 'mob-android', 'mob-ios'],
      keywords: [
        'keystore',
        'keychain',
        'certificate pinning',
        'ssl pinning',
        'certificatepinner',
        'network security config',
        'secure storage',
      ],
    },
    {
      id: 'mob-release-rollout',
      category: 'technical',
      role: 'mobile',
      text: 'How do you ship a release to the Play Store and App Store safely, and what do you watch after it goes out?',
      guidance:
        'Describe the path: internal and closed testing tracks or TestFlight, a release checklist, then a staged rollout on Play starting at a small percentage, and on the App Store a seven-day phased release of automatic updates that you can pause, though anyone can still update manually. Cover signing (Play App Signing with an upload key, iOS certificates and provisioning profiles) and automation with fastlane or CI. After release watch crash-free users and sessions in Crashlytics or Sentry, the ANR rate in Android vitals and key business metrics, with remote config or feature flags as a kill switch, and upload R8 mapping files and dSYMs so stack traces are readable. A common slip is assuming you can roll back: a shipped binary cannot be recalled, so you halt the rollout and ship a fix with a higher version.',
      topics: ['mob-release'],
      keywords: ['store release', 'store submission', 'release process', 'crash-free users', 'dsym', 'mapping file', 'play app signing'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'mob-unreliable-networks',
      category: 'technical',
      role: 'mobile',
      text: 'How do you keep the app usable on slow or unreliable networks?',
      guidance:
        'Set sensible connect and read timeouts, retry with exponential backoff and jitter only for idempotent requests, and cancel requests when the user leaves the screen. Show cached or stored data immediately with clear loading, error and retry states instead of blank screens, and use HTTP caching through OkHttp or URLCache. Keep payloads small with pagination and compression, and defer non-urgent calls. Connectivity callbacks (ConnectivityManager.NetworkCallback, NWPathMonitor) tell you when to resume, but a connected network is not necessarily a working one, so handle failure on every request. Test with emulator throttling or the Network Link Conditioner. A common slip is blindly retrying a POST such as a payment or order, which creates duplicates; send an idempotency key.',
      topics: ['mob-networking'],
      keywords: [
        'exponential backoff',
        'okhttp',
        'retrofit',
        'network link conditioner',
        'nwpathmonitor',
        'idempotency key',
        'offline mode',
      ],
    },
    {
      id: 'mob-deep-links',
      category: 'technical',
      role: 'mobile',
      text: 'How do deep links work, and how do custom URL schemes differ from Android App Links and iOS Universal ' + 'Links?',
      guidance:
        'A custom scheme such as myapp:// is easy but unverified: any app can claim it, and nothing useful happens if the app is missing. App Links and Universal Links are ordinary https URLs that your domain verifies, through an assetlinks.json file and an autoVerify intent filter on Android, and an apple-app-site-association file with the Associated Domains entitlement on iOS; when the app is not installed they simply open the website. Inside the app, parse and validate the link, route through your navigation layer with a sensible back stack, and hold the destination until login completes when it needs an account. A common slip is trusting link parameters: any website or app can fire a deep link, so never let one trigger an action without checks.',
      topics: ['mob-networking', 'mob-android', 'mob-ios'],
      keywords: [
        'deep links',
        'deep linking',
        'app links',
        'universal links',
        'url scheme',
        'assetlinks',
        'apple-app-site-association',
        'associated domains',
      ],
    },
    // -------------------------------------------------------------- situational
    {
      id: 'mob-crash-spike-after-release',
      category: 'situational',
      role: 'mobile',
      text: 'Your crash rate spikes right after a release reaches 20% of users. What do you do?',
      guidance:
        'First stop the damage: halt the staged rollout on Play or pause the phased release on the App Store, and flip a remote-config kill switch if the crash sits behind a flag. Then triage in Crashlytics or Sentry by version, device, OS and new issues, check whether a backend change, config change or third-party SDK update coincided, and reproduce it with the same build. Ship a hotfix with a bumped version through a short test pass and a fresh staged rollout, and keep stakeholders updated with numbers. Close with a blameless review and a guard such as a test, a lint rule or a rollout gate. A common slip is planning to roll the binary back: users who updated stay on it until the fix arrives.',
      topics: ['mob-release'],
      keywords: ['crash rate', 'halt rollout', 'hotfix', 'kill switch', 'remote config', 'crashlytics'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'mob-list-jank-low-end',
      category: 'situational',
      role: 'mobile',
      text: 'Users say a long scrolling list stutters on low-end Android phones. How do you investigate and fix it?',
      guidance:
        'Reproduce on a similar device with a release build, then measure with JankStats, Macrobenchmark frame timing or a Perfetto system trace to see what runs on the main thread during dropped frames. Usual culprits are heavy work in onBindViewHolder or in item composables, decoding full-size images instead of letting Coil or Glide load them at display size, deep or overdrawn layouts, and notifyDataSetChanged instead of DiffUtil or ListAdapter. In Compose, add stable keys, move expensive calculations out of items and check recomposition counts in the Layout Inspector. Confirm the fix with the same measurement. A common slip is profiling a debug build, where Compose in particular runs much slower than in release.',
      topics: ['mob-performance', 'mob-android', 'mob-compose'],
      keywords: ['jank', 'recyclerview', 'diffutil', 'perfetto', 'jankstats', 'glide', 'coil', 'low-end devices'],
    },
    {
      id: 'mob-old-versions-api-change',
      category: 'situational',
      role: 'mobile',
      text: 'The backend team wants to change an API response, but many users are still on old app versions. How do ' + 'you handle it?',
      guidance:
        'Start from the version distribution in analytics, because old versions stay in use for months. Prefer additive changes that old clients ignore, keep parsers tolerant of unknown fields, and version the endpoint when a breaking change is unavoidable, keeping the old contract until its usage drops. For versions you must retire, add a minimum-supported-version check driven by remote config, with a soft prompt first and a hard block only when necessary, using Play In-App Updates on Android and a store link on iOS. Agree a deprecation timeline with the backend team. A common slip is assuming everyone updates quickly, or shipping strict parsing that crashes when the server adds a field.',
      topics: ['mob-release', 'mob-networking'],
      keywords: ['backward compatibility', 'api versioning', 'force update', 'in-app updates', 'minimum version'],
      levels: ['mid', 'senior'],
    },
    // -------------------------------------------------------------------- coding
    {
      id: 'mob-machine-coding',
      category: 'coding',
      role: 'mobile',
      text:
        'In a machine-coding round you must build a screen that fetches a list from an API, with search and ' +
        'pagination, in about 90 minutes. How do you approach it?',
      guidance:
        'Spend the first few minutes confirming requirements and sketching layers: an API client, a repository, a ViewModel or equivalent holding UI state, and a thin UI. Get a working vertical slice early, the list loading from the network with loading and error states, then add search with debouncing and cancellation of the previous request, then pagination that triggers near the end of the list and guards against loading the same page twice. Keep state in one immutable object, name things clearly and commit in small steps. If time allows, add a unit test for the ViewModel and handle rotation and empty results. A common slip is spending half the time on styling or a perfect architecture and ending with a feature that does not run.',
      topics: ['mob-architecture', 'mob-networking'],
      keywords: ['machine coding', 'pagination', 'debounce', 'take-home assignment', 'paging 3'],
    },
    // -------------------------------------------------------------- behavioural
    {
      id: 'mob-beh-device-specific-bug',
      category: 'behavioural',
      role: 'mobile',
      text: 'Tell me about a hard bug that only appeared on certain devices or OS versions. How did you track it down?',
      guidance:
        "Pick a real case, such as a manufacturer's aggressive battery optimisation killing background work, a behaviour change in a new Android or iOS version, or a WebView or keyboard quirk. Walk through how you narrowed it down with data: crash reports grouped by device and OS, logs, reproducing on a real or cloud device, and ruling out hypotheses one at a time. Explain the fix and why it addressed the root cause rather than masking it, plus what you added afterwards, such as a device in the test matrix or an alert. A common slip is a story where the bug went away on its own or where you still cannot explain the cause.",
      topics: ['mob-release', 'mob-android', 'mob-ios'],
      keywords: ['device fragmentation', 'os version', 'crash reports', 'oem', 'battery optimisation'],
    },
    {
      id: 'mob-beh-platform-pushback',
      category: 'behavioural',
      role: 'mobile',
      text: 'Tell me about a time you pushed back on a product or design request because of platform constraints or ' + 'store guidelines.',
      guidance:
        'Good examples are a request for constant background location or polling that would drain the battery and risk store rejection, a custom gesture that clashes with system navigation, or a permission requested at launch without context. Show that you understood the goal behind the request, explained the constraint with evidence such as platform documentation, review guidelines or a quick prototype, and proposed an alternative that met the goal, like push-triggered sync or asking for the permission at the moment it is needed. End with the outcome and the working relationship afterwards. A common slip is telling it as winning an argument instead of finding a better solution together.',
      topics: ['mob-release', 'mob-background'],
      keywords: ['human interface guidelines', 'material design', 'app review', 'review guidelines', 'play policy', 'runtime permissions'],
    },
    // ---------------------------------------------------------- ask-interviewer
    {
      id: 'mob-ask-release-process',
      category: 'ask-interviewer',
      role: 'mobile',
      text: 'How often do you ship releases, and how do you handle staged rollouts, crash monitoring and hotfixes?',
      guidance:
        'The answer shows how mature the team is: a regular release train with staged rollouts, crash-free targets, feature flags and automated builds suggests you will ship often without drama, while ad hoc releases built on one laptop suggest firefighting. Follow up by asking who responds to a bad release and how long a hotfix takes to reach users. Asking shows you care about quality after the code is merged, which interviewers value in engineers who own features end to end.',
      topics: ['mob-release'],
      keywords: ['release train', 'release cadence', 'feature flags', 'hotfix'],
    },
    {
      id: 'mob-ask-codebase-direction',
      category: 'ask-interviewer',
      role: 'mobile',
      text: 'How is the codebase split between native, shared and cross-platform code, and where is it heading?',
      guidance:
        'This reveals your day-to-day work and the direction of travel: a team midway through moving to Jetpack Compose, SwiftUI, Kotlin Multiplatform or Flutter has legacy code alongside new patterns, and you should know which side you would work on. It also tells you whether Android and iOS are separate teams or shared owners, and how much old code needs care. Asking shows you think about long-term maintainability, and the answer helps you judge whether the role will grow your skills or keep you maintaining legacy screens.',
      topics: ['mob-architecture', 'mob-compose', 'mob-swiftui'],
      keywords: ['compose migration', 'legacy code', 'modularisation', 'modularization', 'code sharing'],
    },
  ],
  rounds: [
    {
      id: 'mob-round-online-assessment',
      name: 'Online assessment',
      description:
        'Timed DSA problems on a platform such as HackerRank or HackerEarth, sometimes with multiple-choice questions ' +
        'on Android, iOS or Kotlin and Swift basics; common at product companies and for fresher hiring.',
    },
    {
      id: 'mob-round-platform',
      name: 'Platform technical round',
      description:
        'Deep questions on your platform: lifecycle, threading, memory, UI toolkit, storage and networking, usually ' +
        'driven from the projects on your resume. Service companies and GCCs often rely on one or two of these.',
    },
    {
      id: 'mob-round-machine-coding',
      name: 'Machine coding or take-home',
      description:
        'Build a small working app in 60 to 120 minutes or over a few days, typically a list from an API with ' +
        'search, pagination or offline caching, judged on structure, state handling and whether it runs.',
    },
    {
      id: 'mob-round-design',
      name: 'App system design',
      description:
        'For mid and senior roles: design the client side of a feed, chat or booking app, covering architecture ' +
        'layers, caching, offline sync, image loading, pagination, push and the API contract with the backend.',
    },
    {
      id: 'mob-round-manager',
      name: 'Hiring manager',
      description:
        'Past releases you owned, production incidents, trade-offs you made and how you work with backend, design ' + 'and product teams.',
    },
    {
      id: 'mob-round-hr',
      name: 'HR',
      description: 'Notice period, expectations, location or relocation and a check on motivation and culture fit.',
    },
  ],
  tips: [
    {
      id: 'mob-tip-show-your-app',
      title: 'Bring a real app to talk about',
      body:
        'A Play Store or TestFlight link, or a public repository with a clean architecture, gives the interviewer ' +
        'something concrete to probe. Be ready to explain every decision in it: why that state holder, that ' +
        'storage, that navigation approach, and what you would change now.',
    },
    {
      id: 'mob-tip-recent-platform-changes',
      title: 'Know recent platform changes',
      body:
        'Interviewers check whether you are current: the notification permission in Android 13, foreground service ' +
        'types in Android 14, Compose and SwiftUI adoption, Swift concurrency and the React Native new ' +
        'architecture. Skim the release notes of the last two OS versions before the interview.',
    },
    {
      id: 'mob-tip-native-fundamentals',
      title: 'Cross-platform roles still test native basics',
      body:
        'Flutter and React Native interviews often ask about Android and iOS lifecycles, permissions, threading and ' +
        'store releases, and about platform channels or native modules. Know enough of each platform to debug ' +
        'beneath your framework.',
    },
  ],
};

export default mobile;
