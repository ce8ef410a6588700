"""Run the registered rules over one assessment, honouring `# nhnorm: negeer` and the policy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from nhnorm_cli.errors import Problem
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.rules.base import AnswerContext, FileContext, Rule, dated
from nhnorm_cli.rules.policy import DEFAULT, Policy
from nhnorm_cli.rules.registry import ANSWER_RULES, BATCH_RULES, BY_CODE, FILE_RULES
from nhnorm_cli.rules.suppress import suppressions
from nhnorm_cli.source.yamlsource import Document

_LOCKED = {code: rule.locked for code, rule in BY_CODE.items()}


def run_rules(document: Document, norm: Norm, policy: Policy = DEFAULT) -> list[Problem]:
    """The problems of every rule that is not locked and not switched off; the raw data is read
    defensively, so the rules run (and report) even while the file has structural errors."""
    data = document.data
    context = FileContext.of(document, norm, dated(data.get("peildatum")))
    ignored, problems = suppressions(document, _LOCKED)
    on = policy.switched_on
    answer_rules = on(ANSWER_RULES)
    batches: dict[Rule, list[AnswerContext]] = {rule: [] for rule in on(BATCH_RULES)}
    for rule in on(FILE_RULES):
        _add_at_level(problems, rule, rule.file_check(context))  # type: ignore[misc]
    answers = data.get("antwoorden")
    for key, answer in answers.items() if isinstance(answers, dict) else ():
        requirement = context.requirements.get(key) if isinstance(key, str) else None
        if requirement is None or not isinstance(answer, dict):
            continue
        oordeel = answer.get("oordeel")
        if not isinstance(oordeel, str) or oordeel not in context.points:
            continue  # an unknown or missing oordeel is an error already; advice would be noise
        answer_context = AnswerContext(context, requirement.id, answer, oordeel, requirement)
        skip = ignored.get(key, ())
        for rule in answer_rules:
            if rule.code not in skip and (rule.needs is None or rule.needs in answer):
                _add_at_level(problems, rule, rule.answer_check(answer_context))  # type: ignore[misc]
        for rule, batch in batches.items():
            if rule.code not in skip:
                batch.append(answer_context)
    for rule, batch in batches.items():
        _add_at_level(problems, rule, rule.answers_check(context, batch))  # type: ignore[misc]
    return policy.apply(problems)


def _add_at_level(problems: list[Problem], rule: Rule, found: Iterable[Problem]) -> None:
    """Each problem at its rule's default level, whatever the check wrote (the policy comes after).
    A loop, not a generator: the rules run 47 answers × 9 rules per file, and most find nothing."""
    for problem in found:
        problems.append(problem if problem.severity is rule.level else replace(problem, severity=rule.level))
