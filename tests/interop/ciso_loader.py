"""What CISO Assistant checks when it stores and loads a framework library and when it imports an
audit CSV, re-implemented from intuitem/ciso-assistant-community v3.20.8-21-gf990d7b1b so the tests
need no Django: backend/core/models.py (StoredLibrary.store_library_content, URN_REGEX, the field
sizes of ReferentialObjectMixin and RequirementNode), backend/library/utils.py (LibraryImporter,
FrameworkImporter, RequirementNodeImporter) and backend/data_wizard/views.py
(_reconcile_compliance_requirements, normalize_df_columns). Each function returns the loaded
objects or raises LoaderError with the message CISO Assistant would give."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from ruamel.yaml import YAML

URN_REGEX = re.compile(
    r"^urn:([a-zA-Z0-9_-]+):([a-zA-Z0-9_-]+):([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9_-]+))?:([0-9A-Za-z\[\]\(\)\-\._:]+)$"
)
STORED_LIBRARY_REQUIRED = {"urn", "name", "version", "objects"}
LIBRARY_REQUIRED = {"ref_id", "urn", "locale", "objects", "version"}
FRAMEWORK_REQUIRED = {"ref_id", "urn"}
NODE_REQUIRED = {"urn"}
# CharField max_length of the columns a node fills (None is allowed everywhere but assessable)
NODE_SIZES = {"urn": 255, "ref_id": 100, "name": 200, "parent_urn": 255}
# RequirementAssessment.Result and .Status
RESULTS = {"not_assessed", "partially_compliant", "non_compliant", "compliant", "not_applicable"}
PROGRESS = {"to_do", "in_progress", "in_review", "done"}


class LoaderError(Exception):
    pass


def load_library(text: str) -> dict[str, Any]:
    """The library as CISO Assistant stores and loads it; returns the framework."""
    # CISO Assistant uses PyYAML's safe_load; ruamel's safe loader reads YAML 1.2 the same for
    # what a library holds (no yes/no booleans, no sexagesimals are written)
    data = YAML(typ="safe", pure=True).load(text)
    if not isinstance(data, dict):
        raise LoaderError("The YAML content must be a dictionary")
    if missing := STORED_LIBRARY_REQUIRED - set(data):
        raise LoaderError(f"The following fields are missing : {missing}")
    if missing := LIBRARY_REQUIRED - set(data):
        raise LoaderError(f"The following fields are missing in the library: {missing}")
    if not URN_REGEX.match(data["urn"].lower()):
        raise LoaderError("Library URN is badly formatted")
    int(data["version"])
    objects = data["objects"]
    if "framework" in objects and "frameworks" in objects:
        raise LoaderError("A library can't have both 'framework' and 'frameworks' objects fields.")
    framework = objects.get("framework") or objects["frameworks"][0]
    if missing := FRAMEWORK_REQUIRED - set(framework):
        raise LoaderError(f"[FRAMEWORK_ERROR] Missing the following fields : {missing}")
    low, high = framework.get("min_score", 0), framework.get("max_score", 100)
    if low > high or low < 0 or high < 0 or low == high:
        raise LoaderError("minimum score must be less than maximum score and equal or greater than 0.")
    nodes = framework.get("requirement_nodes") or []
    if not nodes:
        raise LoaderError("No object has been detected among the object fields")
    urns: set[str] = set()
    for index, node in enumerate(nodes, start=1):
        if missing := NODE_REQUIRED - set(node):
            raise LoaderError(f"[REQUIREMENT_ERROR] node {index}: Missing the following fields : {missing}")
        if not isinstance(node.get("assessable"), bool):
            raise LoaderError(f"node {index}: assessable is NOT NULL")  # BooleanField(null=False)
        for field, size in NODE_SIZES.items():
            value = node.get(field)
            if value is not None and (not isinstance(value, str) or len(value) > size):
                raise LoaderError(f"node {index}: {field} is no text of at most {size} characters")
        for field in ("description", "annotation", "typical_evidence"):
            if node.get(field) is not None and not isinstance(node[field], str):
                raise LoaderError(f"node {index}: {field} is no text")
        urn = node["urn"].lower()
        if urn in urns:  # RequirementNode.urn is unique
            raise LoaderError(f"node {index}: duplicate urn {urn}")
        urns.add(urn)
    return framework  # type: ignore[no-any-return]


def import_audit(text: str, framework: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The requirement assessments an audit CSV sets, by node urn, as the Data Wizard (and
    `clica import-compliance-assessments`) reconcile them; a row that would fail raises."""
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    header = [c.strip().lower() for c in rows[0]]
    if len(set(header)) != len(header):
        raise LoaderError("DuplicateColumns")
    by_ref = {n["ref_id"]: n for n in framework["requirement_nodes"] if n.get("ref_id")}
    by_urn = {n["urn"].lower(): n for n in framework["requirement_nodes"]}
    low, high = framework.get("min_score", 0), framework.get("max_score", 100)
    imported: dict[str, dict[str, Any]] = {}
    for cells in rows[1:]:
        record = dict(zip(header, cells, strict=True))
        if record.get("assessable") != "True":  # pandas reads the column as booleans
            continue
        node = by_ref.get(record.get("ref_id", "")) or by_urn.get(record.get("urn", "").lower())
        if node is None or not node["assessable"]:
            raise LoaderError(f"No matching requirement found with ref_id {record.get('ref_id')!r}")
        data: dict[str, Any] = {}
        if record.get("compliance_result"):
            if record["compliance_result"] not in RESULTS:
                raise LoaderError(f"result {record['compliance_result']!r} is not a valid choice")
            data["result"] = record["compliance_result"]
        if record.get("requirement_progress"):
            if record["requirement_progress"] not in PROGRESS:
                raise LoaderError(f"status {record['requirement_progress']!r} is not a valid choice")
            data["status"] = record["requirement_progress"]
        if record.get("observations"):
            data["observation"] = record["observations"]
        if record.get("score"):
            score = int(record["score"])
            if not low <= score <= high:
                raise LoaderError(f"score {score} outside {low}..{high}")
            data |= {"score": score, "is_scored": True}
        imported[node["urn"].lower()] = data
    return imported


MAPPING_SET_REQUIRED = {"urn", "name", "source_framework_urn", "target_framework_urn"}
MAPPING_REQUIRED = {"target_requirement_urn", "relationship", "source_requirement_urn"}
RELATIONSHIPS = {"subset", "intersect", "equal", "superset", "not_related"}
RATIONALES = {"syntactic", "semantic", "functional"}


def load_mapping_library(text: str, source: dict[str, Any], target: dict[str, Any]) -> list[dict[str, Any]]:
    """A requirement mapping set library against its two loaded frameworks (RequirementMappingSet-
    and RequirementMappingImporter, and the nodes RequirementMappingImporter.load looks up)."""
    data = YAML(typ="safe", pure=True).load(text)
    if missing := STORED_LIBRARY_REQUIRED - set(data):
        raise LoaderError(f"The following fields are missing : {missing}")
    if not URN_REGEX.match(data["urn"].lower()):
        raise LoaderError("Library URN is badly formatted")
    mapping_set = data["objects"]["requirement_mapping_set"]
    if missing := MAPPING_SET_REQUIRED - set(mapping_set):
        raise LoaderError(f"Missing the following fields : {missing}")
    if (mapping_set["source_framework_urn"], mapping_set["target_framework_urn"]) != (
        source["urn"],
        target["urn"],
    ):
        raise LoaderError("the mapping set names other frameworks")
    entries = mapping_set.get("requirement_mappings") or []
    if not entries:
        raise LoaderError("No requirement mappings objects has been detected")
    nodes = {side: {n["urn"] for n in fw["requirement_nodes"]} for side, fw in (("s", source), ("t", target))}
    for index, entry in enumerate(entries, start=1):
        if missing := MAPPING_REQUIRED - set(entry):
            raise LoaderError(
                f"[REQUIREMENT_MAPPING_ERROR] {index}: Missing the following fields : {missing}"
            )
        if entry["relationship"] not in RELATIONSHIPS or entry.get("rationale", "semantic") not in RATIONALES:
            raise LoaderError(f"mapping {index}: not a valid choice")
        if (
            entry["source_requirement_urn"] not in nodes["s"]
            or entry["target_requirement_urn"] not in nodes["t"]
        ):
            raise LoaderError(f"mapping {index}: requirement does not exist")
    return entries  # type: ignore[no-any-return]
