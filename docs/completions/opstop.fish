function __opstop_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __opstop_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __opstop_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __opstop_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __opstop_parse_tokens -S
    set -l unparsed_tokens (__opstop_tokens -pc)
    switch $unparsed_tokens[1]
    case 'opstop'
        __opstop_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'watch'
            __opstop_parse_subcommand -r 1 'interval=' 'timeout=' 'from=' 'listen=' 'max-body=' 'listen-token-file=' 'theme=' 'config=' 'redact' 'ascii' 'bell' 'window=' 'prometheus=' 'match=' 'prometheus-token-env=' 'prometheus-token-file=' 'version' 'h/help'
        case 'replay'
            __opstop_parse_subcommand 1 'speed=' 'start=' 'read-ahead=' 'theme=' 'config=' 'redact' 'ascii' 'bell' 'window=' 'version' 'h/help'
        case 'demo'
            __opstop_parse_subcommand 0 'write=' 'minutes=' 'spans=' 'seed=' 'start=' 'rate=' 'form=' 'text' 'no-text' 'theme=' 'config=' 'redact' 'ascii' 'bell' 'window=' 'version' 'h/help'
        case 'report'
            __opstop_parse_subcommand -r 1 'prometheus=' 'match=' 'prometheus-token-env=' 'prometheus-token-file=' 'window=' 'at=' 'for=' 'interval=' 'timeout=' 'json' 'config=' 'redact' 'threads=' 'fail-on-alert' 'listen=' 'max-body=' 'listen-token-file=' 'version' 'h/help'
        case 'snapshot'
            __opstop_parse_subcommand -r 1 'prometheus=' 'match=' 'prometheus-token-env=' 'prometheus-token-file=' 'interval=' 'timeout=' 'size=' 'screen=' 'at=' 'window=' 'theme=' 'config=' 'redact' 'threads=' 'ascii' 'version' 'h/help'
        case 'config'
            __opstop_parse_subcommand 0 'version' 'h/help'
        case 'help'
            __opstop_parse_subcommand -r 1 'version'
        end
    end
end

function __opstop_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __opstop_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __opstop_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __opstop_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__opstop_tokens -p)
    if test -z "$(__opstop_tokens -t)"
        set -l index (count (__opstop_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'opstop' -f
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop" version' -l 'version' -d 'Show the version.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_positional "opstop" -eq 1' -fa 'watch' -d 'Follow usage logs and metrics endpoints live (the default: `opstop FILE|URL...`).'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_positional "opstop" -eq 1' -fa 'replay' -d 'Play a recorded usage log against a virtual clock you control.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_positional "opstop" -eq 1' -fa 'demo' -d 'Run the live screen on generated traffic (or write it as a log with --write).'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_positional "opstop" -eq 1' -fa 'report' -d 'Read whole usage logs (or scrape /metrics URLs, or receive OTLP, for a while) and print a summary of cost, latency, errors, breakers and alerts.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_positional "opstop" -eq 1' -fa 'snapshot' -d 'Render one frame of the screen as plain text (like top -b), for incident channels, bug reports and tests.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_positional "opstop" -eq 1' -fa 'config' -d 'Show where opstop looks for its config file and themes, and what it finds there.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_positional "opstop" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" interval' -l 'interval' -d 'How often to scrape metrics URLs (default 2s) or to ask --prometheus (default 5s).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" timeout' -l 'timeout' -d 'Give up on a scrape after this long, body included (default 5s).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" from' -l 'from' -d 'Where to start: start, end, or a duration of event time back from now (24h).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" listen' -l 'listen' -d 'Receive OTLP/HTTP spans and metrics and LangSmith SDK runs on HOST:PORT, e.g. 127.0.0.1:4318.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" max-body' -l 'max-body' -d 'Largest OTLP request body, also once inflated (16MB, 512KB).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" listen-token-file' -l 'listen-token-file' -d 'Require \'Authorization: Bearer <token>\' (LangSmith: \'x-api-key\'); the token is this file\'s text.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" theme' -l 'theme' -d 'Colour theme: default, light, solarized-dark, high-contrast, mono, or a .toml file.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" config' -l 'config' -d 'Config file (default: $XDG_CONFIG_HOME/opstop/config.toml, then ~/.config/opstop/config.toml).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" redact' -l 'redact' -d 'Mask prompts, completions, user ids, emails, API keys and card numbers everywhere opstop shows or writes them.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" ascii' -l 'ascii' -d 'ASCII graphs and borders instead of Unicode.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" bell' -l 'bell' -d 'Ring the terminal bell when an alert starts firing.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" window' -l 'window' -d 'Window the panels open with: 1m, 5m, 15m, 1h or all.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" prometheus' -l 'prometheus' -d 'A Prometheus server (http://prom:9090): show the whole fleet from its HTTP API.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" match' -l 'match' -d 'With --prometheus: label matchers added to every query, e.g. \'{job="support-bot"}\'.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" prometheus-token-env' -l 'prometheus-token-env' -d 'With --prometheus: the environment variable holding a bearer token.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" prometheus-token-file' -l 'prometheus-token-file' -d 'With --prometheus: a file holding a bearer token.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" version' -l 'version' -d 'Show the version.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop watch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop replay" speed' -l 'speed' -d 'Pace: a factor of the original (1, 10, 0.5) or max (played as the log is indexed, when it is in time order).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop replay" start' -l 'start' -d 'Event time to start at, RFC 3339 (default: the log\'s first event).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop replay" read-ahead' -l 'read-ahead' -d 'Worker threads that read and decode the log ahead of the clock (default 0: the screen\'s thread alone).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop replay" theme' -l 'theme' -d 'Colour theme: default, light, solarized-dark, high-contrast, mono, or a .toml file.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop replay" config' -l 'config' -d 'Config file (default: $XDG_CONFIG_HOME/opstop/config.toml, then ~/.config/opstop/config.toml).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop replay" redact' -l 'redact' -d 'Mask prompts, completions, user ids, emails, API keys and card numbers everywhere opstop shows or writes them.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop replay" ascii' -l 'ascii' -d 'ASCII graphs and borders instead of Unicode.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop replay" bell' -l 'bell' -d 'Ring the terminal bell when an alert starts firing.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop replay" window' -l 'window' -d 'Window the panels open with: 1m, 5m, 15m, 1h or all.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop replay" version' -l 'version' -d 'Show the version.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop replay" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" write' -l 'write' -d 'Write the log to this file (\'-\' for standard output).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" minutes' -l 'minutes' -d 'Minutes of traffic to generate.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" spans' -l 'spans' -d 'Generate this many spans instead of a number of minutes (for benchmarks).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" seed' -l 'seed' -d 'Seed of the generator.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" start' -l 'start' -d 'Event time of the first query, RFC 3339 (default: so the log ends now).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" rate' -l 'rate' -d 'Queries per second.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" form' -l 'form' -d 'With --write: native (OTel names, the default) or short (the hand-written form: ts, duration_ms, model).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" text' -l 'text' -d 'With --write: chat spans carry their prompts and completions (the default), or not (--no-text).'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" no-text' -l 'no-text' -d 'With --write: chat spans carry their prompts and completions (the default), or not (--no-text).'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" theme' -l 'theme' -d 'Colour theme: default, light, solarized-dark, high-contrast, mono, or a .toml file.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" config' -l 'config' -d 'Config file (default: $XDG_CONFIG_HOME/opstop/config.toml, then ~/.config/opstop/config.toml).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" redact' -l 'redact' -d 'Mask prompts, completions, user ids, emails, API keys and card numbers everywhere opstop shows or writes them.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" ascii' -l 'ascii' -d 'ASCII graphs and borders instead of Unicode.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" bell' -l 'bell' -d 'Ring the terminal bell when an alert starts firing.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" window' -l 'window' -d 'Window the panels open with: 1m, 5m, 15m, 1h or all.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" version' -l 'version' -d 'Show the version.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop demo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" prometheus' -l 'prometheus' -d 'A Prometheus server (http://prom:9090): show the whole fleet from its HTTP API.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" match' -l 'match' -d 'With --prometheus: label matchers added to every query, e.g. \'{job="support-bot"}\'.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" prometheus-token-env' -l 'prometheus-token-env' -d 'With --prometheus: the environment variable holding a bearer token.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" prometheus-token-file' -l 'prometheus-token-file' -d 'With --prometheus: a file holding a bearer token.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" window' -l 'window' -d 'With --prometheus: 1m, 5m, 15m, 1h, or all (counters and buckets as they stand; the default).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" at' -l 'at' -d 'With --prometheus: evaluate at this RFC 3339 time (default: now).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" for' -l 'for' -d 'With URLs (default 10s) or --listen (required): how long to scrape or receive (5s, 30s, 2m).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" interval' -l 'interval' -d 'With URLs: time between scrapes (default 2s).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" timeout' -l 'timeout' -d 'With URLs: give up on one scrape after this long (default 5s).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" json' -l 'json' -d 'Print JSON instead of text.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" config' -l 'config' -d 'Config file (default: $XDG_CONFIG_HOME/opstop/config.toml, then ~/.config/opstop/config.toml).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" redact' -l 'redact' -d 'Mask prompts, completions, user ids, emails, API keys and card numbers everywhere opstop shows or writes them.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" threads' -l 'threads' -d 'Threads that read the logs, the engine\'s among them (default: the CPUs the process may use).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" fail-on-alert' -l 'fail-on-alert' -d 'Exit with status 1 when any alert is firing (for cron and CI).'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" listen' -l 'listen' -d 'Receive OTLP/HTTP spans and metrics and LangSmith SDK runs on HOST:PORT, e.g. 127.0.0.1:4318.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" max-body' -l 'max-body' -d 'Largest OTLP request body, also once inflated (16MB, 512KB).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" listen-token-file' -l 'listen-token-file' -d 'Require \'Authorization: Bearer <token>\' (LangSmith: \'x-api-key\'); the token is this file\'s text.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" version' -l 'version' -d 'Show the version.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" prometheus' -l 'prometheus' -d 'A Prometheus server (http://prom:9090): show the whole fleet from its HTTP API.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" match' -l 'match' -d 'With --prometheus: label matchers added to every query, e.g. \'{job="support-bot"}\'.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" prometheus-token-env' -l 'prometheus-token-env' -d 'With --prometheus: the environment variable holding a bearer token.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" prometheus-token-file' -l 'prometheus-token-file' -d 'With --prometheus: a file holding a bearer token.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" interval' -l 'interval' -d 'With URLs: scrape twice this far apart, so rates and percentiles have a period (default 2s).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" timeout' -l 'timeout' -d 'With URLs: give up on one scrape after this long (default 5s).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" size' -l 'size' -d 'Frame size as WIDTHxHEIGHT.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" screen' -l 'screen' -d 'dashboard, traces, or trace:ID.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" at' -l 'at' -d 'Event time of the frame, RFC 3339 (default: the last event).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" window' -l 'window' -d 'Window: 1m, 5m, 15m, 1h or all.' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" theme' -l 'theme' -d 'Theme (plain text carries no colour; accepted for symmetry with the screen).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" config' -l 'config' -d 'Config file (default: $XDG_CONFIG_HOME/opstop/config.toml, then ~/.config/opstop/config.toml).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" redact' -l 'redact' -d 'Mask prompts, completions, user ids, emails, API keys and card numbers everywhere opstop shows or writes them.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" threads' -l 'threads' -d 'Threads that read the logs, the engine\'s among them (default: the CPUs the process may use).' -rfka ''
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" ascii' -l 'ascii' -d 'ASCII graphs and borders instead of Unicode.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" version' -l 'version' -d 'Show the version.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop snapshot" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop config" version' -l 'version' -d 'Show the version.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'opstop' -n '__opstop_should_offer_completions_for_flags_or_options "opstop help" version' -l 'version' -d 'Show the version.'
