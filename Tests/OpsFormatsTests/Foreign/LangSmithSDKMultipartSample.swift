/// A real `POST /runs/multipart` body from the LangSmith SDK (langsmith 0.15.0, its defaults, after opstop's
/// `GET /info` answer): an agent chain with an LLM run and a tool run, captured on loopback. Its lines are
/// joined with CRLF as the SDK sent them.
enum LangSmithSDKMultipartSample {
    static let contentType = "multipart/form-data; boundary=a5fec1ce6fe24dea9719d0e2f1b6085a"
    static let boundary = "a5fec1ce6fe24dea9719d0e2f1b6085a"

    static var body: [UInt8] {
        Array((text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n") + "\r\n").utf8)
    }

    private static let text = #"""
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1cf-703d-ad70-36d9737991e9"
        Content-Type: application/json
        Content-Length: 344

        {"id":"01a2395f-d1cf-703d-ad70-36d9737991e9","start_time":"2026-12-03T00:48:30.671919+00:00","tags":[],"dotted_order":"20261203T004830671919Z01a2395f-d1cf-703d-ad70-36d9737991e9","trace_id":"01a2395f-d1cf-703d-ad70-36d9737991e9","session_name":"support-bot","name":"support_bot","run_type":"chain","end_time":"2026-12-03T00:48:30.717861+00:00"}
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1cf-703d-ad70-36d9737991e9.inputs"
        Content-Type: application/json
        Content-Length: 28

        {"q":"Where is order 1234?"}
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1cf-703d-ad70-36d9737991e9.outputs"
        Content-Type: application/json
        Content-Length: 17

        {"output":"done"}
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1cf-703d-ad70-36d9737991e9.events"
        Content-Type: application/json
        Content-Length: 2

        []
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1cf-703d-ad70-36d9737991e9.extra"
        Content-Type: application/json
        Content-Length: 412

        {"metadata":{"ls_method":"traceable","LANGSMITH_ENDPOINT":"http://127.0.0.1:46831","LANGSMITH_TRACING":"true","LANGSMITH_PROJECT":"support-bot"},"runtime":{"sdk":"langsmith-py","sdk_version":"0.15.0","library":"langsmith","platform":"Linux-6.18.44-fc-v1098-x86_64-with-glibc2.36","runtime":"python","py_implementation":"CPython","runtime_version":"3.11.7","langchain_version":null,"langchain_core_version":null}}
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1fd-7f7c-be5c-cdd551d874bd"
        Content-Type: application/json
        Content-Length: 449

        {"id":"01a2395f-d1fd-7f7c-be5c-cdd551d874bd","start_time":"2026-12-03T00:48:30.717121+00:00","parent_run_id":"01a2395f-d1cf-703d-ad70-36d9737991e9","tags":[],"dotted_order":"20261203T004830671919Z01a2395f-d1cf-703d-ad70-36d9737991e9.20261203T004830717121Z01a2395f-d1fd-7f7c-be5c-cdd551d874bd","trace_id":"01a2395f-d1cf-703d-ad70-36d9737991e9","session_name":"support-bot","name":"chat","run_type":"llm","end_time":"2026-12-03T00:48:30.717470+00:00"}
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1fd-7f7c-be5c-cdd551d874bd.inputs"
        Content-Type: application/json
        Content-Length: 28

        {"q":"Where is order 1234?"}
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1fd-7f7c-be5c-cdd551d874bd.outputs"
        Content-Type: application/json
        Content-Length: 134

        {"choices":[{"message":{"role":"assistant","content":"ok"}}],"usage_metadata":{"input_tokens":12,"output_tokens":5,"total_tokens":17}}
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1fd-7f7c-be5c-cdd551d874bd.events"
        Content-Type: application/json
        Content-Length: 2

        []
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1fd-7f7c-be5c-cdd551d874bd.extra"
        Content-Type: application/json
        Content-Length: 538

        {"metadata":{"ls_method":"traceable","ls_model_name":"gpt-4o-mini","ls_provider":"openai","usage_metadata":{"input_tokens":12,"output_tokens":5,"total_tokens":17},"LANGSMITH_ENDPOINT":"http://127.0.0.1:46831","LANGSMITH_TRACING":"true","LANGSMITH_PROJECT":"support-bot"},"runtime":{"sdk":"langsmith-py","sdk_version":"0.15.0","library":"langsmith","platform":"Linux-6.18.44-fc-v1098-x86_64-with-glibc2.36","runtime":"python","py_implementation":"CPython","runtime_version":"3.11.7","langchain_version":null,"langchain_core_version":null}}
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1fd-7f7c-be5c-cdd551d874bd.serialized"
        Content-Type: application/json
        Content-Length: 15

        {"name":"chat"}
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1fd-7680-8745-5c8213060ca1"
        Content-Type: application/json
        Content-Length: 458

        {"id":"01a2395f-d1fd-7680-8745-5c8213060ca1","start_time":"2026-12-03T00:48:30.717687+00:00","parent_run_id":"01a2395f-d1cf-703d-ad70-36d9737991e9","tags":[],"dotted_order":"20261203T004830671919Z01a2395f-d1cf-703d-ad70-36d9737991e9.20261203T004830717687Z01a2395f-d1fd-7680-8745-5c8213060ca1","trace_id":"01a2395f-d1cf-703d-ad70-36d9737991e9","session_name":"support-bot","name":"lookup_order","run_type":"tool","end_time":"2026-12-03T00:48:30.717817+00:00"}
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1fd-7680-8745-5c8213060ca1.inputs"
        Content-Type: application/json
        Content-Length: 16

        {"order":"1234"}
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1fd-7680-8745-5c8213060ca1.outputs"
        Content-Type: application/json
        Content-Length: 35

        {"order":"1234","status":"shipped"}
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1fd-7680-8745-5c8213060ca1.events"
        Content-Type: application/json
        Content-Length: 2

        []
        --a5fec1ce6fe24dea9719d0e2f1b6085a
        Content-Disposition: form-data; name="post.01a2395f-d1fd-7680-8745-5c8213060ca1.extra"
        Content-Type: application/json
        Content-Length: 412

        {"metadata":{"ls_method":"traceable","LANGSMITH_ENDPOINT":"http://127.0.0.1:46831","LANGSMITH_TRACING":"true","LANGSMITH_PROJECT":"support-bot"},"runtime":{"sdk":"langsmith-py","sdk_version":"0.15.0","library":"langsmith","platform":"Linux-6.18.44-fc-v1098-x86_64-with-glibc2.36","runtime":"python","py_implementation":"CPython","runtime_version":"3.11.7","langchain_version":null,"langchain_core_version":null}}
        --a5fec1ce6fe24dea9719d0e2f1b6085a--
        """#
}
